package dev.retort.script;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static dev.retort.script.TestRevisions.graph;
import static dev.retort.script.TestRevisions.heads;
import static dev.retort.script.TestRevisions.ids;
import static dev.retort.script.TestRevisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Plans and the version table rows they imply, case by case as Alembic's HeadMaintainer writes
 * them: update for a linear move, insert for a new branch, collapse for a merge, split for a
 * downgrade through a merge point, delete for a base.
 */
class PlanTest {

	/** a - b - c1 - c2 - m - m2, b - d1 - d2 - m (labels left on c1, right on d1); n1 - n2 (net). */
	private final RevisionGraph graph = graph(rev("a"), rev("b").revises("a"), rev("c1").revises("b").labels("left"),
			rev("c2").revises("c1"), rev("d1").revises("b").labels("right"), rev("d2").revises("d1"),
			rev("m").revises("c2", "d2"), rev("m2").revises("m"), rev("n1").labels("net"), rev("n2").revises("n1"));

	@Test
	void linearUpgradeUpdatesTheOneRow() {
		Plan plan = this.graph.planUpgrade(Set.of(), "c2");
		assertThat(plan.direction()).isEqualTo(Direction.UPGRADE);
		assertThat(ids(plan.revisions())).containsExactly("a", "b", "c1", "c2");
		assertThat(plan.steps()).extracting(Step::headsBefore).containsExactly(heads(), heads("a"), heads("b"),
				heads("c1"));
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("a"), heads("b"), heads("c1"),
				heads("c2"));
		assertThat(plan.steps().get(0).insertedHeads()).containsExactly("a");
		assertThat(plan.steps().get(1).deletedHeads()).containsExactly("a");
		assertThat(plan.steps()).allMatch((step) -> step.direction() == Direction.UPGRADE);
	}

	@Test
	void upgradingASecondBranchInsertsARow() {
		Plan plan = this.graph.planUpgrade(Set.of("c2"), "right@d2");
		assertThat(ids(plan.revisions())).containsExactly("d1", "d2");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("c2", "d1"), heads("c2", "d2"));
	}

	@Test
	void mergeCollapsesRows() {
		Plan plan = this.graph.planUpgrade(Set.of("c2", "d2"), "m2");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("m"), heads("m2"));
	}

	@Test
	void upgradingToAMergeAppliesBothParentsFirst() {
		Plan plan = this.graph.planUpgrade(Set.of("c1"), "m");
		assertThat(ids(plan.revisions())).containsExactly("c2", "d1", "d2", "m");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("c2"), heads("c2", "d1"),
				heads("c2", "d2"), heads("m"));
	}

	@Test
	void downgradeThroughAMergeSplitsTheRow() {
		Plan plan = this.graph.planDowngrade(Set.of("m2"), "c2");
		assertThat(plan.direction()).isEqualTo(Direction.DOWNGRADE);
		assertThat(ids(plan.revisions())).containsExactly("m2", "m");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("m"), heads("c2", "d2"));
	}

	/** One step below a merge is both its parents: the merge goes, and what is built on it. */
	@Test
	void downgradeOneStepBelowAMergeLeavesBothItsParents() {
		Plan fromAbove = this.graph.planDowngrade(Set.of("m2"), "m-1");
		assertThat(ids(fromAbove.revisions())).containsExactly("m2", "m");
		assertThat(fromAbove.steps()).extracting(Step::headsAfter).containsExactly(heads("m"), heads("c2", "d2"));
		Plan merge = this.graph.planDowngrade(Set.of("m", "n2"), "m-1");
		assertThat(ids(merge.revisions())).containsExactly("m");
		assertThat(merge.steps()).extracting(Step::headsAfter).containsExactly(heads("c2", "d2", "n2"));
		assertThatExceptionOfType(InvalidTargetException.class)
			.isThrownBy(() -> this.graph.planDowngrade(Set.of("c2", "d2"), "m-1"))
			.withMessageContaining("Revision m is not applied");
	}

	@Test
	void downgradeOfABranchWhoseParentIsStillNeededDeletesItsRow() {
		Plan plan = this.graph.planDowngrade(Set.of("c2", "d2"), "b");
		assertThat(ids(plan.revisions())).containsExactly("d2", "d1", "c2", "c1");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("c2", "d1"), heads("c2"),
				heads("c1"), heads("b"));
	}

	@Test
	void downgradeToBaseRemovesEveryBranchAndBase() {
		Plan plan = this.graph.planDowngrade(Set.of("m2", "n2"), "base");
		assertThat(plan.revisions()).hasSize(10);
		assertThat(plan.headsAfter(Set.of("m2", "n2"))).isEmpty();
		assertThat(plan.steps().get(0).headsBefore()).containsExactlyInAnyOrder("m2", "n2");
	}

	@Test
	void downgradeToLabelBaseOnlyUnwindsThatBranch() {
		assertThat(this.graph.planDowngrade(Set.of("c2", "d2"), "right@base").steps()).extracting(Step::headsAfter)
			.containsExactly(heads("c2", "d1"), heads("c2"));
		assertThat(this.graph.planDowngrade(Set.of("m2", "n2"), "net@base").steps()).extracting(Step::headsAfter)
			.containsExactly(heads("m2", "n1"), heads("m2"));
	}

	@Test
	void downgradeWithinANamedBranchLeavesItsSiblingAlone() {
		Plan plan = this.graph.planDowngrade(Set.of("c2", "d2"), "right@b");
		assertThat(ids(plan.revisions())).containsExactly("d2", "d1");
		assertThat(plan.headsAfter(Set.of())).containsExactly("c2");
	}

	@Test
	void alreadyThereIsAnEmptyPlan() {
		assertThat(this.graph.planUpgrade(Set.of("m2", "n2"), "heads").isEmpty()).isTrue();
		assertThat(this.graph.planUpgrade(Set.of("m2"), "c1").isEmpty()).isTrue();
		assertThat(this.graph.planDowngrade(Set.of("c2"), "c2").isEmpty()).isTrue();
		assertThat(this.graph.planUpgrade(Set.of("c2"), "base").headsAfter(Set.of("c2"))).containsExactly("c2");
	}

	@Test
	void upgradeHeadsFromNothingAppliesEveryRevisionBranchByBranch() {
		Plan plan = this.graph.planUpgrade(Set.of(), "heads");
		assertThat(ids(plan.revisions())).containsExactly("a", "b", "c1", "c2", "d1", "d2", "m", "m2", "n1", "n2");
		assertThat(plan.headsAfter(Set.of())).containsExactlyInAnyOrder("m2", "n2");
	}

	@Test
	void downgradeToARevisionThatIsNotAppliedIsRejected() {
		assertThatExceptionOfType(InvalidTargetException.class)
			.isThrownBy(() -> this.graph.planDowngrade(Set.of("c2"), "d1"))
			.withMessageContaining("Destination d1 is not a valid downgrade target from current head(s) c2")
			.withMessageContaining("'upgrade d1'");
	}

	@Test
	void unknownCurrentHeadPointsToStampPurge() {
		assertThatExceptionOfType(UnknownRevisionException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of("c2", "deadbeef0000"), "heads"))
			.withMessageContaining("Can't locate revision identified by 'deadbeef0000'")
			.withMessageContaining("stamp --purge");
	}

	@Test
	void redundantRowsAreCleanedByTheFirstStep() {
		Plan plan = this.graph.planUpgrade(Set.of("a", "c1"), "c2");
		assertThat(plan.steps().get(0).headsBefore()).containsExactly("a", "c1");
		assertThat(plan.steps().get(0).headsAfter()).containsExactly("c2");
	}

	/** main: a - b - c, c depends on d1; dep: d0 - d1 (label dep) - d2. */
	private final RevisionGraph dependencies = graph(rev("a"), rev("b").revises("a"),
			rev("c").revises("b").dependsOn("dep"), rev("d0"), rev("d1").revises("d0").labels("dep"),
			rev("d2").revises("d1"));

	@Test
	void dependencyIsAppliedFirstAndHasNoRowOfItsOwnOnceSomethingDependsOnIt() {
		Plan plan = this.dependencies.planUpgrade(Set.of(), "c");
		assertThat(ids(plan.revisions())).containsExactly("a", "b", "d0", "d1", "c");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("a"), heads("b"), heads("b", "d0"),
				heads("b", "d1"), heads("c"));
	}

	@Test
	void dependencyWithAVersionedDescendantKeepsItsRow() {
		Plan plan = this.dependencies.planUpgrade(Set.of(), "heads");
		assertThat(plan.headsAfter(Set.of())).containsExactly("c", "d2");
		assertThat(this.dependencies.heads()).containsExactly("c", "d2");
	}

	@Test
	void downgradingTheDependencyAlsoDowngradesItsDependents() {
		Plan plan = this.dependencies.planDowngrade(Set.of("c"), "d0");
		assertThat(ids(plan.revisions())).containsExactly("c", "d1");
		assertThat(plan.steps()).extracting(Step::headsAfter).containsExactly(heads("b", "d1"), heads("b", "d0"));
	}

	@Test
	void downgradingTheDependentLeavesTheDependencyInPlace() {
		Plan plan = this.dependencies.planDowngrade(Set.of("c"), "b");
		assertThat(ids(plan.revisions())).containsExactly("c");
		assertThat(plan.headsAfter(Set.of())).containsExactly("b", "d1");
	}

	@Test
	void effectiveHeadIsNotAHead() {
		RevisionGraph graph = graph(rev("a"), rev("b").revises("a"), rev("x"), rev("c").revises("b").dependsOn("x"));
		assertThat(graph.heads()).containsExactly("c");
		assertThat(graph.effectiveHeads()).containsExactly("x");
		assertThat(ids(graph.planUpgrade(Set.of(), "head").revisions())).containsExactly("a", "b", "x", "c");
	}

	@Test
	void stampMovesHeadsOnTheTargetsLineAndKeepsOthers() {
		assertThat(this.graph.stampHeads(Set.of(), "c2")).containsExactly("c2");
		assertThat(this.graph.stampHeads(Set.of("c2"), "d2")).containsExactly("c2", "d2");
		assertThat(this.graph.stampHeads(Set.of("c2", "d2"), "m")).containsExactly("m");
		assertThat(this.graph.stampHeads(Set.of("m2", "n2"), "c1")).containsExactly("c1", "n2");
		assertThat(this.graph.stampHeads(Set.of("m2", "n2"), "base")).isEmpty();
		assertThat(this.graph.stampHeads(Set.of("m2", "n2"), "net@base")).containsExactly("m2");
		assertThat(this.graph.stampHeads(Set.of(), "heads")).containsExactly("m2", "n2");
		assertThat(this.graph.stampHeads(Set.of("c2"), "-1")).containsExactly("c1");
		assertThat(this.graph.stampHeads(Set.of(), List.of("c2", "d1"))).containsExactly("c2", "d1");
		assertThat(this.graph.stampHeads(Set.of("m2"), List.of("base", "n1"))).containsExactly("n1");
	}

	@Test
	void stampRejectsOverlappingTargetsAndSeveralHeads() {
		assertThatExceptionOfType(InvalidTargetException.class)
			.isThrownBy(() -> this.graph.stampHeads(Set.of(), List.of("b", "c2")))
			.withMessageContaining("Requested revision c2 overlaps with other requested revisions b");
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.graph.stampHeads(Set.of(), "head"));
	}

	@Test
	void graphShape() {
		assertThat(this.graph.heads()).containsExactly("m2", "n2");
		assertThat(this.graph.bases()).containsExactly("a", "n1");
		assertThat(this.graph.branchPoints()).containsExactly("b");
		assertThat(this.graph.mergePoints()).containsExactly("m");
		assertThat(this.graph.children("b")).containsExactly("c1", "d1");
		assertThat(this.graph.branchLabels("c2")).containsExactly("left");
		assertThat(this.graph.branchLabels("b")).isEmpty();
		assertThat(this.graph.branchLabels("n2")).containsExactly("net");
		assertThat(this.graph.branchLabels("m2")).containsExactly("left", "right");
		assertThat(this.graph.isAncestor("a", "m2")).isTrue();
		assertThat(this.graph.isAncestor("c1", "d2")).isFalse();
		assertThat(ids(this.graph.applied(Set.of("c1", "n1")))).containsExactly("a", "b", "c1", "n1");
	}

}
