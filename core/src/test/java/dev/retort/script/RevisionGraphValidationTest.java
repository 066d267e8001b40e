package dev.retort.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static dev.retort.script.TestRevisions.graph;
import static dev.retort.script.TestRevisions.ids;
import static dev.retort.script.TestRevisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionGraphValidationTest {

	@Test
	void duplicateIdNamesBothLocations() {
		assertThatExceptionOfType(DuplicateRevisionException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(rev("a").build(), new JavaRevisionScript(
					rev("a").build().header(), NoOpMigration.class.getName(), getClass().getClassLoader(), null))))
			.withMessageContaining("'a' is present more than once")
			.withMessageContaining("db/revisions/a.sql")
			.withMessageContaining(NoOpMigration.class.getName());
	}

	@Test
	void missingParent() {
		assertThatExceptionOfType(MissingRevisionException.class)
			.isThrownBy(() -> graph(rev("a"), rev("b").revises("zz")))
			.withMessageContaining("Revision 'b' (db/revisions/b.sql) revises 'zz', which is not present");
	}

	@Test
	void missingDependency() {
		assertThatExceptionOfType(MissingRevisionException.class)
			.isThrownBy(() -> graph(rev("a"), rev("b").dependsOn("nope")))
			.withMessageContaining("depends on 'nope', which is neither a revision nor a branch label");
	}

	@Test
	void selfLoop() {
		assertThatExceptionOfType(RevisionCycleException.class).isThrownBy(() -> graph(rev("a").revises("a")))
			.withMessageContaining("Self-loop").withMessageContaining("'a'");
	}

	@Test
	void dependencySelfLoop() {
		assertThatExceptionOfType(RevisionCycleException.class).isThrownBy(() -> graph(rev("a").dependsOn("a")))
			.withMessageContaining("Dependency self-loop");
	}

	@Test
	void cycleIsShownAsAPath() {
		assertThatExceptionOfType(RevisionCycleException.class)
			.isThrownBy(() -> graph(rev("r"), rev("a").revises("c"), rev("b").revises("a"), rev("c").revises("b")))
			.withMessageStartingWith("Cycle is detected in revisions: ")
			.withMessageContaining("a (db/revisions/a.sql) -> b (db/revisions/b.sql) -> c (db/revisions/c.sql) -> a");
	}

	@Test
	void cycleThroughDependsOn() {
		assertThatExceptionOfType(RevisionCycleException.class)
			.isThrownBy(() -> graph(rev("a").dependsOn("b"), rev("b").revises("a")))
			.withMessageStartingWith("Dependency cycle is detected")
			.withMessageContaining("'dependsOn'");
	}

	@Test
	void branchLabelUsedTwice() {
		assertThatExceptionOfType(DuplicateBranchLabelException.class)
			.isThrownBy(() -> graph(rev("a").labels("x"), rev("b").revises("a").labels("x")))
			.withMessageContaining("Branch name 'x' in revision 'b'")
			.withMessageContaining("already used by revision 'a'");
	}

	@Test
	void branchLabelThatIsAnId() {
		assertThatExceptionOfType(DuplicateBranchLabelException.class)
			.isThrownBy(() -> graph(rev("a").labels("b"), rev("b").revises("a")))
			.withMessageContaining("is also the id of revision");
	}

	@Test
	void reservedBranchLabel() {
		assertThatExceptionOfType(InvalidRevisionIdException.class).isThrownBy(() -> graph(rev("a").labels("heads")))
			.withMessageContaining("reserved word");
	}

	@Test
	void invalidIds() {
		assertThatExceptionOfType(InvalidRevisionIdException.class).isThrownBy(() -> graph(rev("ab-cd")))
			.withMessageContaining("character(s) '-'");
		assertThatExceptionOfType(InvalidRevisionIdException.class).isThrownBy(() -> graph(rev("a@b:c")))
			.withMessageContaining("'@', ':'");
		assertThatExceptionOfType(InvalidRevisionIdException.class).isThrownBy(() -> graph(rev("x".repeat(65))))
			.withMessageContaining("65 characters; at most 64");
		assertThatExceptionOfType(InvalidRevisionIdException.class).isThrownBy(() -> graph(rev("")))
			.withMessageContaining("empty");
		assertThat(graph(rev("A_1".repeat(21) + "z")).heads()).hasSize(1);
	}

	@Test
	void dependsOnALabelIsResolvedToTheRevisionId() {
		RevisionGraph graph = graph(rev("n1").labels("network"), rev("a"), rev("b").revises("a").dependsOn("network"));
		assertThat(graph.get("b").dependsOn()).containsExactly("n1");
		assertThat(graph.dependents("n1")).containsExactly("b");
	}

	@Test
	void orderDoesNotDependOnTheOrderRevisionsWereFound() {
		List<RevisionScript> scripts = new ArrayList<>(List.of(rev("a").build(), rev("b").revises("a").build(),
				rev("c").revises("a").build(), rev("d").revises("c").build(), rev("m").revises("b", "d").build(),
				rev("z").build(), rev("y").revises("z").dependsOn("d").build()));
		List<String> first = ids(RevisionGraph.of(scripts).revisions());
		Random random = new Random(7);
		for (int i = 0; i < 20; i++) {
			Collections.shuffle(scripts, random);
			assertThat(ids(RevisionGraph.of(scripts).revisions())).isEqualTo(first);
		}
		// A branch is kept together rather than interleaved with its sibling.
		assertThat(first).containsExactly("a", "b", "c", "d", "m", "z", "y");
	}

	@Test
	void emptyGraph() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.isEmpty()).isTrue();
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.planUpgrade(java.util.Set.of(), "heads").steps()).isEmpty();
		assertThatExceptionOfType(UnknownRevisionException.class)
			.isThrownBy(() -> graph.planUpgrade(java.util.Set.of(), "head"))
			.withMessageContaining("no revisions yet");
	}

	static class NoOpMigration implements dev.retort.Migration {

		@Override
		public void upgrade(dev.retort.Operations op) {
		}

		@Override
		public void downgrade(dev.retort.Operations op) {
		}

	}

}
