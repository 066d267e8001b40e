package dev.retort.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The revisions and the graph they form through {@code revises} (branches and merges) and
 * {@code dependsOn} (ordering between otherwise independent lines), as Alembic's revision map.
 * <p>
 * Built and validated once by {@link #of(Collection)}; immutable and safe to share afterwards.
 * Targets use Alembic's grammar: {@code head}, {@code heads}, {@code base}, a full id or a unique
 * prefix of four or more characters, a branch label, {@code +N}, {@code -N},
 * {@code <revision>+N}, {@code <revision>-N}, {@code <label>@head}, {@code <label>@heads},
 * {@code <label>@+N}, {@code <label>@-N}, {@code <label>@base}, {@code <label>@<revision>}, and
 * ranges {@code start:end} for {@link #history(String, Set)}.
 * <p>
 * "Current heads" are the ids in the version table. An id there that no revision has is an
 * {@link UnknownRevisionException} whose message suggests {@code stamp --purge}.
 */
public final class RevisionGraph {

	private final GraphStructure structure;

	private final Planner planner;

	private RevisionGraph(GraphStructure structure) {
		this.structure = structure;
		this.planner = new Planner(structure);
	}

	/**
	 * Builds the graph, resolving depends-on labels to ids.
	 * @throws RevisionGraphException for an invalid id or label, a duplicate id or label, a
	 * missing parent or dependency, a self-loop or a cycle
	 */
	public static RevisionGraph of(Collection<? extends RevisionScript> revisions) {
		return new RevisionGraph(new GraphBuilder().build(revisions));
	}

	public Optional<RevisionScript> find(String id) {
		int position = this.structure.position(id);
		return (position >= 0) ? Optional.of(this.structure.script(position)) : Optional.empty();
	}

	/**
	 * The revision with exactly this id.
	 * @throws UnknownRevisionException if there is none
	 */
	public RevisionScript get(String id) {
		return find(id).orElseThrow(() -> new UnknownRevisionException("Can't locate revision identified by '" + id
				+ "'. Run 'history' to list the revisions."));
	}

	/** Every revision, parents before children, in an order that depends only on the graph. */
	public List<RevisionScript> revisions() {
		return this.structure.ordered();
	}

	public boolean isEmpty() {
		return this.structure.size() == 0;
	}

	/**
	 * The heads: revisions nothing revises and nothing depends on. {@code upgrade heads} goes to
	 * all of them.
	 */
	public Set<String> heads() {
		return select(this.structure::isHead);
	}

	/**
	 * Revisions nothing revises but something depends on (Alembic's "effective heads"): they are
	 * applied as dependencies, not as heads of their own.
	 */
	public Set<String> effectiveHeads() {
		return select(this.structure::isEffectiveHead);
	}

	/** Revisions that revise nothing. */
	public Set<String> bases() {
		return select(this.structure::isBase);
	}

	/** Revisions that more than one revision revises. */
	public Set<String> branchPoints() {
		return select(this.structure::isBranchPoint);
	}

	/** Revisions that revise more than one revision. */
	public Set<String> mergePoints() {
		return select(this.structure::isMergePoint);
	}

	/** The revisions that revise {@code id} (what a branch point branches into). */
	public List<String> children(String id) {
		return ids(this.structure.children(position(id)));
	}

	/** The revisions that depend on {@code id}. */
	public List<String> dependents(String id) {
		return ids(this.structure.dependents(position(id)));
	}

	/**
	 * The branch labels that apply to a revision: its own, those of its ancestors it continues,
	 * and those of its descendants back to the nearest branch or merge point, as Alembic shows
	 * them.
	 */
	public Set<String> branchLabels(String id) {
		int position = position(id);
		Set<String> labels = new TreeSet<>();
		TargetResolver resolver = this.planner.resolver();
		for (String label : this.structure.labels()) {
			if (resolver.members(this.structure.labelOwner(label)).get(position)) {
				labels.add(label);
			}
		}
		return Collections.unmodifiableSet(labels);
	}

	/** Whether {@code ancestor} must be applied before {@code descendant} (through any edge). */
	public boolean isAncestor(String ancestor, String descendant) {
		return this.structure.ancestors(position(descendant)).get(position(ancestor));
	}

	/**
	 * The revisions applied when the version table holds {@code currentHeads}: the heads and all
	 * their ancestors, parents first.
	 */
	public List<RevisionScript> applied(Set<String> currentHeads) {
		return this.structure.scripts(this.structure.withAncestors(this.planner.resolver().current(currentHeads)));
	}

	/**
	 * The steps that bring the database from {@code currentHeads} up to {@code target}: every
	 * ancestor of the target (through revises and depends-on) not applied yet, parents first.
	 * Empty when the target is already applied.
	 */
	public Plan planUpgrade(Set<String> currentHeads, String target) {
		return this.planner.upgrade(currentHeads, target);
	}

	/**
	 * The steps that bring the database from {@code currentHeads} down to {@code target}: every
	 * applied revision above the target, and those depending on them, children first.
	 */
	public Plan planDowngrade(Set<String> currentHeads, String target) {
		return this.planner.downgrade(currentHeads, target);
	}

	/** The version table after {@code stamp target}; {@code base} empties it. */
	public Set<String> stampHeads(Set<String> currentHeads, String target) {
		return this.planner.stamp(currentHeads, List.of(target));
	}

	/**
	 * The version table after {@code stamp} with several targets, each on its own line of the
	 * graph: a current head on a target's line moves to it, other heads stay.
	 */
	public Set<String> stampHeads(Set<String> currentHeads, List<String> targets) {
		return this.planner.stamp(currentHeads, targets);
	}

	/**
	 * The revisions of a range {@code start:end}, newest first. An empty start means base, an empty
	 * end means heads; {@code current} stands for the current heads. A null or blank range
	 * means every revision.
	 */
	public List<RevisionScript> history(String range, Set<String> currentHeads) {
		return this.planner.history(range, currentHeads);
	}

	/** The revisions a target names, newest first, as {@code show} prints them; empty for {@code base}. */
	public List<RevisionScript> resolve(String target, Set<String> currentHeads) {
		return this.planner.resolve(target, currentHeads);
	}

	private int position(String id) {
		int position = this.structure.position(id);
		if (position < 0) {
			throw new UnknownRevisionException("Can't locate revision identified by '" + id + "'. Run 'history' to "
					+ "list the revisions.");
		}
		return position;
	}

	private Set<String> select(IntPredicate predicate) {
		BitSet selected = new BitSet(this.structure.size());
		for (int i = 0; i < this.structure.size(); i++) {
			if (predicate.test(i)) {
				selected.set(i);
			}
		}
		return this.structure.ids(selected);
	}

	private List<String> ids(int[] positions) {
		List<String> ids = new ArrayList<>(positions.length);
		Arrays.stream(positions).forEach((p) -> ids.add(this.structure.id(p)));
		Collections.sort(ids);
		return Collections.unmodifiableList(ids);
	}

}
