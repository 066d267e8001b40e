package dev.retort.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The validated graph as indices: revisions numbered in topological order, edges as arrays and
 * ancestry as bit sets, so that the questions the planner asks (is this applied, what is above
 * that) cost little even with thousands of revisions. Immutable once built.
 * <p>
 * Two kinds of edges: <em>versioned</em> ones ({@code revises}) carry branches, labels and walks;
 * all edges ({@code revises} and {@code dependsOn}) decide what must be applied before what.
 */
final class GraphStructure {

	private static final int[] NONE = new int[0];

	private final List<RevisionScript> ordered;

	private final Map<String, Integer> positions = new HashMap<>();

	private final Map<String, Integer> labelOwners = new HashMap<>();

	private final int[][] parents;

	private final int[][] dependencies;

	private final int[][] children;

	private final int[][] dependents;

	private final BitSet[] ancestors;

	private final BitSet[] descendants;

	private final BitSet[] versionedAncestors;

	private final BitSet[] versionedDescendants;

	GraphStructure(List<RevisionScript> ordered, Map<String, String> labelOwners) {
		this.ordered = List.copyOf(ordered);
		int size = ordered.size();
		for (int i = 0; i < size; i++) {
			this.positions.put(ordered.get(i).id(), i);
		}
		for (Map.Entry<String, String> owner : labelOwners.entrySet()) {
			this.labelOwners.put(owner.getKey(), this.positions.get(owner.getValue()));
		}
		this.parents = new int[size][];
		this.dependencies = new int[size][];
		for (int i = 0; i < size; i++) {
			RevisionScript script = ordered.get(i);
			this.parents[i] = positionsOf(script.revises());
			this.dependencies[i] = positionsOf(script.dependsOn());
		}
		this.children = inverse(this.parents);
		this.dependents = inverse(this.dependencies);
		this.ancestors = new BitSet[size];
		this.versionedAncestors = new BitSet[size];
		for (int i = 0; i < size; i++) {
			// Parents come earlier in the order, so their ancestry is already known.
			reach(i, this.parents, this.dependencies, this.versionedAncestors, this.ancestors);
		}
		// The same walk from the other end: children come later in the order. Inverting the
		// ancestor sets instead visits every (ancestor, descendant) pair, quadratic on a long chain.
		this.descendants = new BitSet[size];
		this.versionedDescendants = new BitSet[size];
		for (int i = size - 1; i >= 0; i--) {
			reach(i, this.children, this.dependents, this.versionedDescendants, this.descendants);
		}
	}

	/**
	 * What revision {@code i} reaches through versioned edges only and through all edges, from
	 * what its neighbours reach (already known). Where no depends-on edge is on the way, the two
	 * are the same set, and so one shared instance (the sets are never modified): on a graph
	 * without depends-on that halves the sets built, for every revision at start-up.
	 */
	private static void reach(int i, int[][] versionedEdges, int[][] otherEdges, BitSet[] versioned, BitSet[] all) {
		BitSet reached = new BitSet(versioned.length);
		boolean same = otherEdges[i].length == 0;
		for (int next : versionedEdges[i]) {
			reached.set(next);
			reached.or(versioned[next]);
			same &= versioned[next] == all[next];
		}
		versioned[i] = reached;
		if (same) {
			all[i] = reached;
			return;
		}
		BitSet reachedByAll = (BitSet) reached.clone();
		for (int next : versionedEdges[i]) {
			reachedByAll.or(all[next]);
		}
		for (int next : otherEdges[i]) {
			reachedByAll.set(next);
			reachedByAll.or(all[next]);
		}
		all[i] = reachedByAll;
	}

	/**
	 * The edges the other way round, each list in ascending order: counted first, then filled, so
	 * that no list of boxed positions or stream is built per revision (this runs at start-up,
	 * interpreted).
	 */
	private static int[][] inverse(int[][] edges) {
		int[] counts = new int[edges.length];
		for (int[] targets : edges) {
			for (int target : targets) {
				counts[target]++;
			}
		}
		int[][] inverse = new int[edges.length][];
		for (int i = 0; i < edges.length; i++) {
			inverse[i] = (counts[i] == 0) ? NONE : new int[counts[i]];
			counts[i] = 0;
		}
		for (int i = 0; i < edges.length; i++) {
			for (int target : edges[i]) {
				inverse[target][counts[target]++] = i;
			}
		}
		return inverse;
	}

	private int[] positionsOf(List<String> ids) {
		if (ids.isEmpty()) {
			return NONE;
		}
		int[] positions = new int[ids.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = this.positions.get(ids.get(i));
		}
		return positions;
	}

	int size() {
		return this.ordered.size();
	}

	List<RevisionScript> ordered() {
		return this.ordered;
	}

	RevisionScript script(int position) {
		return this.ordered.get(position);
	}

	String id(int position) {
		return this.ordered.get(position).id();
	}

	/** The position of a revision id, or -1. */
	int position(String id) {
		Integer position = this.positions.get(id);
		return (position != null) ? position : -1;
	}

	/** The position of the revision declaring a branch label, or -1. */
	int labelOwner(String label) {
		Integer position = this.labelOwners.get(label);
		return (position != null) ? position : -1;
	}

	Set<String> labels() {
		return Collections.unmodifiableSet(this.labelOwners.keySet());
	}

	int[] parents(int position) {
		return this.parents[position];
	}

	int[] dependencies(int position) {
		return this.dependencies[position];
	}

	int[] children(int position) {
		return this.children[position];
	}

	int[] dependents(int position) {
		return this.dependents[position];
	}

	/** Strict ancestors through {@code revises} and {@code dependsOn}. Do not modify. */
	BitSet ancestors(int position) {
		return this.ancestors[position];
	}

	/** Strict descendants through {@code revises} and {@code dependsOn}. Do not modify. */
	BitSet descendants(int position) {
		return this.descendants[position];
	}

	/** Strict ancestors through {@code revises}; may be the same instance as {@link #ancestors}. Do not modify. */
	BitSet versionedAncestors(int position) {
		return this.versionedAncestors[position];
	}

	/** Strict descendants through {@code revises}; may be the same instance as {@link #descendants}. Do not modify. */
	BitSet versionedDescendants(int position) {
		return this.versionedDescendants[position];
	}

	boolean isBase(int position) {
		return this.parents[position].length == 0;
	}

	/** A head: nothing revises it and nothing depends on it. */
	boolean isHead(int position) {
		return this.children[position].length == 0 && this.dependents[position].length == 0;
	}

	/** Nothing revises it, yet something depends on it: Alembic's "effective head". */
	boolean isEffectiveHead(int position) {
		return this.children[position].length == 0 && this.dependents[position].length > 0;
	}

	boolean isBranchPoint(int position) {
		return this.children[position].length > 1;
	}

	boolean isMergePoint(int position) {
		return this.parents[position].length > 1;
	}

	/** The revisions and all their ancestors: what is applied when these are the heads. */
	BitSet withAncestors(BitSet revisions) {
		BitSet closure = (BitSet) revisions.clone();
		for (int i = revisions.nextSetBit(0); i >= 0; i = revisions.nextSetBit(i + 1)) {
			closure.or(this.ancestors[i]);
		}
		return closure;
	}

	/** The members of {@code applied} no other member descends from: one version row each. */
	BitSet heads(BitSet applied) {
		BitSet heads = new BitSet(size());
		for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
			if (!this.descendants[i].intersects(applied)) {
				heads.set(i);
			}
		}
		return heads;
	}

	/** Whether {@code a} and {@code b} are the same revision or one descends from the other via revises. */
	boolean sharesVersionedLineage(int a, int b) {
		return a == b || this.versionedAncestors[a].get(b) || this.versionedDescendants[a].get(b);
	}

	BitSet positions(Collection<String> ids) {
		BitSet set = new BitSet(size());
		ids.forEach((id) -> set.set(this.positions.get(id)));
		return set;
	}

	/** Ids of a set of positions, sorted. */
	Set<String> ids(BitSet set) {
		Set<String> ids = new TreeSet<>();
		for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
			ids.add(id(i));
		}
		return Collections.unmodifiableSet(ids);
	}

	/** Scripts of a set of positions, in topological order. */
	List<RevisionScript> scripts(BitSet set) {
		List<RevisionScript> scripts = new ArrayList<>(set.cardinality());
		for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
			scripts.add(script(i));
		}
		return scripts;
	}

}
