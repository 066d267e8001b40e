package dev.retort.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the parts of a {@link TargetExpression} into revisions of a {@link GraphStructure}:
 * symbols, partial ids, branch labels and relative walks, with Alembic's rules and an error that
 * says what to write instead whenever a target cannot be resolved.
 */
final class TargetResolver {

	/** The position standing for {@code base}, the state before any revision. */
	static final int BASE = -1;

	private static final int MIN_PARTIAL_LENGTH = 4;

	private final GraphStructure graph;

	TargetResolver(GraphStructure graph) {
		this.graph = graph;
	}

	/**
	 * The positions of ids read from the version table.
	 * @throws UnknownRevisionException for an id no revision has
	 */
	BitSet current(Set<String> currentHeads) {
		BitSet positions = new BitSet(this.graph.size());
		for (String id : currentHeads) {
			int position = this.graph.position(id);
			if (position < 0) {
				throw new UnknownRevisionException("Can't locate revision identified by '" + id + "': the version table "
						+ "holds it but no revision has this id. Restore the revision (was it deleted or renamed, or "
						+ "is the database ahead of this code?), or overwrite the version table with 'stamp --purge "
						+ "<target>'.");
			}
			positions.set(position);
		}
		return positions;
	}

	/** A revision id, a unique prefix of at least four characters, or a branch label. */
	int revision(String symbol) {
		int exact = this.graph.position(symbol);
		if (exact >= 0) {
			return exact;
		}
		int labelled = this.graph.labelOwner(symbol);
		if (labelled >= 0) {
			return labelled;
		}
		if (symbol.length() < MIN_PARTIAL_LENGTH) {
			throw new UnknownRevisionException("No such revision or branch '" + symbol + "'; please ensure at least "
					+ "four characters are present for partial revision identifier matches. Run 'history' to list "
					+ "the revisions.");
		}
		List<String> candidates = this.graph.ordered().stream().map(RevisionScript::id)
			.filter((id) -> id.startsWith(symbol)).sorted().toList();
		if (candidates.isEmpty()) {
			throw new UnknownRevisionException("No such revision or branch '" + symbol + "'. Run 'history' to list the "
					+ "revisions, or 'branches' for the branch labels.");
		}
		if (candidates.size() > 1) {
			throw new AmbiguousRevisionException("Multiple revisions start with '" + symbol + "': "
					+ candidates.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "))
					+ "; give more characters of the id.");
		}
		return this.graph.position(candidates.get(0));
	}

	/** The revision a branch part names: the one declaring the label, or a revision id. */
	int branch(String branch) {
		int labelled = this.graph.labelOwner(branch);
		if (labelled >= 0) {
			return labelled;
		}
		try {
			return revision(branch);
		}
		catch (UnknownRevisionException ex) {
			throw new UnknownRevisionException("No such branch: '" + branch + "'. Known branch labels: "
					+ (this.graph.labels().isEmpty() ? "none" : String.join(", ", this.graph.labels().stream().sorted().toList()))
					+ "; a revision id can stand in for a label, as in '<revision>@head'.");
		}
	}

	/** Every revision that is the branch's revision, one of its ancestors or one of its descendants. */
	BitSet lineage(int branch) {
		BitSet lineage = (BitSet) this.graph.versionedAncestors(branch).clone();
		lineage.or(this.graph.versionedDescendants(branch));
		lineage.set(branch);
		return lineage;
	}

	/**
	 * The revisions carrying a label, as Alembic propagates it: the declaring revision, its
	 * descendants, and its ancestors back to (not including) the nearest branch or merge point.
	 */
	BitSet members(int branch) {
		BitSet members = (BitSet) this.graph.versionedDescendants(branch).clone();
		members.set(branch);
		int current = branch;
		while (this.graph.parents(current).length == 1) {
			int parent = this.graph.parents(current)[0];
			if (this.graph.isBranchPoint(parent) || this.graph.isMergePoint(parent)) {
				break;
			}
			members.set(parent);
			current = parent;
		}
		return members;
	}

	BitSet heads() {
		BitSet heads = new BitSet(this.graph.size());
		for (int i = 0; i < this.graph.size(); i++) {
			if (this.graph.isHead(i)) {
				heads.set(i);
			}
		}
		return heads;
	}

	/** The heads, or those in the lineage of {@code branch} when it is given. */
	BitSet heads(String branch) {
		BitSet heads = heads();
		if (branch != null) {
			heads.and(lineage(branch(branch)));
		}
		return heads;
	}

	/** The single head (of a branch, when given), for a target that needs exactly one. */
	int head(String branch, String argument) {
		BitSet heads = heads(branch);
		if (heads.cardinality() > 1) {
			throw new MultipleHeadsException("Multiple head revisions are present for given argument '" + argument
					+ "' (" + String.join(", ", this.graph.ids(heads)) + "); please specify a specific target revision, "
					+ "'<branchname>@head' to narrow to a specific head, or 'heads' for all heads. To join the "
					+ "branches into one, create a merge revision ('merge heads').");
		}
		if (heads.isEmpty()) {
			throw new UnknownRevisionException("There is no head for '" + argument + "': there are no revisions yet. "
					+ "Create one with 'revision'.");
		}
		return heads.nextSetBit(0);
	}

	/**
	 * The single revision (or {@link #BASE}) a non-relative symbol names, as the start of a walk or
	 * as a single target.
	 */
	int single(TargetExpression target) {
		String symbol = target.symbol();
		return switch (symbol) {
			case "base" -> BASE;
			case "head" -> head(target.branch(), (target.branch() != null) ? target.branch() + "@head" : "head");
			case "heads", "current" -> throw new InvalidTargetException("'" + target.text() + "' may stand for several "
					+ "revisions; a relative step needs a single revision to start from, such as 'head', a label or "
					+ "a revision id.");
			default -> memberOfBranch(revision(symbol), target.branch());
		};
	}

	/** A revision named within a branch ({@code label@revision}) must belong to the branch's lineage. */
	int memberOfBranch(int revision, String branch) {
		if (branch != null && !lineage(branch(branch)).get(revision)) {
			throw new InvalidTargetException("Revision " + this.graph.id(revision) + " is not a member of branch '"
					+ branch + "'; drop the '" + branch + "@' prefix, or name a revision of that branch.");
		}
		return revision;
	}

	/**
	 * Walks {@code steps} along {@code revises} edges: up through children, down through parents.
	 * Walking up, {@code lineage} (when not null) picks the child that stays on the branch.
	 */
	int walk(int start, int steps, BitSet lineage, TargetExpression target) {
		int current = start;
		for (int step = 0; step < Math.abs(steps); step++) {
			List<Integer> next = (steps > 0) ? up(current, lineage) : down(current);
			if (next.isEmpty()) {
				throw new RelativeRevisionException(overwalk(target, steps, step, current));
			}
			if (next.size() > 1) {
				throw new RelativeRevisionException(ambiguousWalk(target, current, steps > 0, next));
			}
			current = next.get(0);
		}
		return current;
	}

	private List<Integer> up(int from, BitSet lineage) {
		List<Integer> next = new ArrayList<>();
		if (from == BASE) {
			for (int i = 0; i < this.graph.size(); i++) {
				if (this.graph.isBase(i)) {
					next.add(i);
				}
			}
		}
		else {
			for (int child : this.graph.children(from)) {
				next.add(child);
			}
		}
		if (lineage != null) {
			next.removeIf((position) -> !lineage.get(position));
		}
		return next;
	}

	private List<Integer> down(int from) {
		if (from == BASE) {
			return List.of();
		}
		int[] parents = this.graph.parents(from);
		if (parents.length == 0) {
			return List.of(BASE);
		}
		List<Integer> next = new ArrayList<>();
		for (int parent : parents) {
			next.add(parent);
		}
		return next;
	}

	private String overwalk(TargetExpression target, int steps, int taken, int reached) {
		String where = (reached == BASE) ? "base" : this.graph.id(reached);
		String advice = (steps > 0) ? "use 'head' (or '<label>@head') to go to the newest revision"
				: "use 'base' to undo every revision";
		return "Relative revision " + target.text() + " didn't produce " + Math.abs(steps) + " migrations: the walk "
				+ "stops at " + where + " after " + taken + " step(s); " + advice + ".";
	}

	private String ambiguousWalk(TargetExpression target, int at, boolean up, List<Integer> next) {
		String choices = next.stream().map((p) -> (p == BASE) ? "base" : this.graph.id(p)).collect(Collectors.joining(", "));
		String place = (at == BASE) ? "there are several bases (" + choices + ")"
				: up ? "revision " + this.graph.id(at) + " is a branch point (continued by " + choices + ")"
						: "revision " + this.graph.id(at) + " is a merge point (it revises " + choices + ")";
		return "Ambiguous walk for '" + target.text() + "': " + place + ". Name the branch to follow with "
				+ "'<label>@+N', or give the revision id to go to.";
	}

	/** The revision ids of a set, for messages. */
	String describe(BitSet positions) {
		return positions.isEmpty() ? "base" : String.join(", ", this.graph.ids(positions));
	}

}
