package dev.retort.script;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static dev.retort.script.TestRevisions.graph;
import static dev.retort.script.TestRevisions.ids;
import static dev.retort.script.TestRevisions.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every form of Alembic's target grammar, and every way it can fail.
 */
class TargetGrammarTest {

	private static final String A = "aaaa00000001";

	private static final String B = "bbbb00000002";

	private static final String C1 = "cccc00000003";

	private static final String C2 = "cccc00000004";

	private static final String D1 = "dddd00000005";

	private static final String D2 = "dddd00000006";

	private static final String N1 = "eeee00000007";

	private static final String N2 = "eeee00000008";

	/** A - B - C1 (left) - C2, B - D1 (right) - D2; N1 (net) - N2. Heads C2, D2, N2. */
	private final RevisionGraph graph = graph(rev(A), rev(B).revises(A), rev(C1).revises(B).labels("left"),
			rev(C2).revises(C1), rev(D1).revises(B).labels("right"), rev(D2).revises(D1), rev(N1).labels("net"),
			rev(N2).revises(N1));

	private String one(String target, String... current) {
		var resolved = this.graph.resolve(target, Set.of(current));
		assertThat(resolved).as(target).hasSize(1);
		return resolved.get(0).id();
	}

	@Test
	void fullAndPartialIds() {
		assertThat(one(C2)).isEqualTo(C2);
		assertThat(one("bbbb")).isEqualTo(B);
		assertThat(one("dddd00000006")).isEqualTo(D2);
	}

	@Test
	void ambiguousPartialIdListsTheCandidates() {
		assertThatExceptionOfType(AmbiguousRevisionException.class).isThrownBy(() -> one("cccc"))
			.withMessage("Multiple revisions start with 'cccc': 'cccc00000003', 'cccc00000004'; give more characters "
					+ "of the id.");
	}

	@Test
	void unknownRevision() {
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> one("zzzz"))
			.withMessageStartingWith("No such revision or branch 'zzzz'.").withMessageContaining("'history'");
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> one("bbb"))
			.withMessageContaining("please ensure at least four characters are present");
	}

	@Test
	void headHeadsAndBase() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> one("head"))
			.withMessageStartingWith("Multiple head revisions are present for given argument 'head' (cccc00000004, "
					+ "dddd00000006, eeee00000008); please specify a specific target revision, '<branchname>@head' "
					+ "to narrow to a specific head, or 'heads' for all heads")
			.withMessageContaining("'merge heads'");
		assertThat(ids(this.graph.resolve("heads", Set.of()))).containsExactly(N2, D2, C2);
		assertThat(this.graph.resolve("base", Set.of())).isEmpty();
		assertThat(this.graph.resolve("", Set.of())).isEmpty();
		RevisionGraph linear = graph(rev("a"), rev("b").revises("a"));
		assertThat(ids(linear.resolve("head", Set.of()))).containsExactly("b");
	}

	@Test
	void branchLabels() {
		assertThat(one("left")).isEqualTo(C1);
		assertThat(one("left@head")).isEqualTo(C2);
		assertThat(one("right@head")).isEqualTo(D2);
		assertThat(one("net@head")).isEqualTo(N2);
		assertThat(ids(this.graph.resolve("left@heads", Set.of()))).containsExactly(C2);
		assertThat(one("left@cccc00000004")).isEqualTo(C2);
		assertThat(one("left@bbbb")).isEqualTo(B);
	}

	@Test
	void revisionStandsInForABranch() {
		assertThat(one("cccc00000003@head")).isEqualTo(C2);
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> one("bbbb@head"))
			.withMessageContaining("for given argument 'bbbb@head' (cccc00000004, dddd00000006)");
	}

	@Test
	void revisionOutsideTheNamedBranch() {
		assertThatExceptionOfType(InvalidTargetException.class).isThrownBy(() -> one("left@" + D1))
			.withMessage("Revision dddd00000005 is not a member of branch 'left'; drop the 'left@' prefix, or name a "
					+ "revision of that branch.");
	}

	@Test
	void unknownBranch() {
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> one("nope@head"))
			.withMessageStartingWith("No such branch: 'nope'. Known branch labels: left, net, right");
	}

	@Test
	void relativeToCurrent() {
		assertThat(ids(this.graph.planUpgrade(Set.of(A), "+1").revisions())).containsExactly(B);
		assertThat(ids(this.graph.planUpgrade(Set.of(C1), "+1").revisions())).containsExactly(C2);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2), "-1").revisions())).containsExactly(C2);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2), "-2").revisions())).containsExactly(C2, C1);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2), "-4").revisions())).containsExactly(C2, C1, B, A);
	}

	@Test
	void relativeFromNothingStartsAtBase() {
		RevisionGraph linear = graph(rev("a"), rev("b").revises("a"), rev("c").revises("b"));
		assertThat(ids(linear.planUpgrade(Set.of(), "+2").revisions())).containsExactly("a", "b");
		assertThat(ids(this.graph.planUpgrade(Set.of(), "net@+1").revisions())).containsExactly(N1);
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of(), "+1"))
			.withMessageContaining("Ambiguous walk for '+1': there are several bases (aaaa00000001, eeee00000007)");
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> linear.planDowngrade(Set.of(), "-1"))
			.withMessage("Relative revision -1 didn't produce 1 migrations: no revision is applied.");
	}

	@Test
	void relativeAlongABranch() {
		assertThat(ids(this.graph.planUpgrade(Set.of(A), "left@+2").revisions())).containsExactly(B, C1);
		assertThat(ids(this.graph.planUpgrade(Set.of(C2, D1), "right@+1").revisions())).containsExactly(D2);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2, D2), "left@-1").revisions())).containsExactly(C2);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2, D2), "right@-2").revisions())).containsExactly(D2, D1);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2, N2), "net@-2").revisions())).containsExactly(N2, N1);
	}

	@Test
	void relativeToARevisionOrSymbol() {
		assertThat(one(A + "+1")).isEqualTo(B);
		assertThat(one("left+1")).isEqualTo(C2);
		assertThat(one("cccc00000004-2")).isEqualTo(B);
		assertThat(one("left@head-1")).isEqualTo(C1);
		assertThat(one("net@base+1")).isEqualTo(N1);
		assertThat(ids(this.graph.planUpgrade(Set.of(), "aaaa+1").revisions())).containsExactly(A, B);
		assertThat(ids(this.graph.planDowngrade(Set.of(C2), "cccc00000004-1").revisions())).containsExactly(C2);
		assertThat(this.graph.resolve(A + "-1", Set.of())).isEmpty();
	}

	@Test
	void relativeWalkPastTheEnd() {
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of(C1), "+5"))
			.withMessage("Relative revision +5 didn't produce 5 migrations: the walk stops at cccc00000004 after 1 "
					+ "step(s); use 'head' (or '<label>@head') to go to the newest revision.");
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planDowngrade(Set.of(C2), "-5"))
			.withMessageContaining("the walk stops at base after 4 step(s); use 'base' to undo every revision");
	}

	@Test
	void ambiguousWalks() {
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of(B), "+1"))
			.withMessageContaining("revision bbbb00000002 is a branch point (continued by cccc00000003, dddd00000005)")
			.withMessageContaining("'<label>@+N'");
		RevisionGraph merged = graph(rev("a"), rev("b").revises("a"), rev("c").revises("a"), rev("m").revises("b", "c"));
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> merged.planDowngrade(Set.of("m"), "-2"))
			.withMessageContaining("revision m is a merge point (it revises b, c)");
	}

	@Test
	void relativeFromSeveralCurrentHeads() {
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of(C1, D1), "+1"))
			.withMessage("Ambiguous upgrade from multiple current revisions (cccc00000003, dddd00000005) for '+1'; "
					+ "name the branch with '<label>@+1', or give a revision id.");
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planDowngrade(Set.of(C1, D1), "-1"))
			.withMessageStartingWith("Ambiguous downgrade from multiple current revisions");
	}

	@Test
	void relativeInTheWrongDirection() {
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of(C2), "-1"))
			.withMessageContaining("an upgrade only moves up. To go back, use 'downgrade -1'");
		assertThatExceptionOfType(RelativeRevisionException.class)
			.isThrownBy(() -> this.graph.planDowngrade(Set.of(C1), "+1"))
			.withMessageContaining("a downgrade only moves down. To go forward, use 'upgrade +1'");
	}

	@Test
	void currentOnlyWhereItMeansSomething() {
		assertThat(ids(this.graph.resolve("current", Set.of(C2, D1)))).containsExactly(D1, C2);
		assertThat(ids(this.graph.resolve("left@current", Set.of(C2, D1)))).containsExactly(C2);
		assertThatExceptionOfType(InvalidTargetException.class)
			.isThrownBy(() -> this.graph.planUpgrade(Set.of(C2), "current"));
		assertThatExceptionOfType(InvalidTargetException.class)
			.isThrownBy(() -> this.graph.planDowngrade(Set.of(C2), "current"));
	}

	@Test
	void malformedTargets() {
		for (String malformed : new String[] { "a@b@c", "@head", "left@", "+x", "head+", "head+1x" }) {
			assertThatExceptionOfType(InvalidTargetException.class).as(malformed)
				.isThrownBy(() -> this.graph.planUpgrade(Set.of(), malformed))
				.withMessageContaining("is not understood");
		}
		assertThatExceptionOfType(InvalidTargetException.class).isThrownBy(() -> one("head+0"))
			.withMessageContaining("zero steps");
	}

	@Test
	void historyRanges() {
		assertThat(ids(this.graph.history(null, Set.of()))).hasSize(8).startsWith(N2).endsWith(A);
		assertThat(ids(this.graph.history(B + ":left@head", Set.of()))).containsExactly(C2, C1, B);
		assertThat(ids(this.graph.history(":" + C1, Set.of()))).containsExactly(C1, B, A);
		assertThat(ids(this.graph.history("cccc00000003:", Set.of()))).containsExactly(C2, C1);
		assertThat(ids(this.graph.history("current:", Set.of(C1)))).containsExactly(C2, C1);
		assertThat(ids(this.graph.history("-1:current", Set.of(C2)))).containsExactly(C2, C1);
		assertThat(ids(this.graph.history("net@base:", Set.of()))).containsExactly(N2, N1);
		assertThat(ids(this.graph.history("right@base:", Set.of()))).containsExactly(D2, D1);
	}

	@Test
	void historyRangeErrors() {
		assertThatExceptionOfType(InvalidTargetException.class).isThrownBy(() -> this.graph.history(C2, Set.of()))
			.withMessageStartingWith("History range requires [start]:[end], [start]:, or :[end]");
		assertThatExceptionOfType(InvalidTargetException.class)
			.isThrownBy(() -> this.graph.history(C2 + ":" + B, Set.of()))
			.withMessageStartingWith("Revision cccc00000004 is not an ancestor of revision bbbb00000002");
	}

}
