package dev.retort.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Answers what the commands ask of the graph: the steps of an upgrade or downgrade, the version
 * table after a stamp, the revisions of a history range or of a {@code show}.
 * <p>
 * The database's state is the set of applied revisions: the current heads and all their
 * ancestors. Each step adds or removes one revision, and the version table after it holds the
 * applied revisions nothing applied descends from; that one rule gives Alembic's update, insert,
 * merge and unmerge of version rows.
 */
final class Planner {

	private final GraphStructure graph;

	private final TargetResolver resolver;

	Planner(GraphStructure graph) {
		this.graph = graph;
		this.resolver = new TargetResolver(graph);
	}

	TargetResolver resolver() {
		return this.resolver;
	}

	Plan upgrade(Set<String> currentHeads, String targetText) {
		BitSet current = this.resolver.current(currentHeads);
		BitSet applied = this.graph.withAncestors(current);
		TargetExpression target = TargetExpression.parse(targetText);
		BitSet targets = upgradeTargets(target, current, applied);
		BitSet needed = this.graph.withAncestors(targets);
		needed.andNot(applied);
		List<Step> steps = new ArrayList<>();
		Set<String> before = currentHeads;
		BitSet heads = this.graph.heads(applied);
		for (int i = needed.nextSetBit(0); i >= 0; i = needed.nextSetBit(i + 1)) {
			// What i descends from stops being a head, and i is one: nothing applied descends
			// from it, as the applied set holds every ancestor of what it holds. Worked out per
			// step, not from the whole applied set again, which made a long plan quadratic.
			heads.andNot(this.graph.ancestors(i));
			heads.set(i);
			Set<String> after = this.graph.ids(heads);
			steps.add(new Step(this.graph.script(i), Direction.UPGRADE, before, after));
			before = after;
		}
		return new Plan(Direction.UPGRADE, steps);
	}

	Plan downgrade(Set<String> currentHeads, String targetText) {
		BitSet current = this.resolver.current(currentHeads);
		BitSet applied = this.graph.withAncestors(current);
		TargetExpression target = TargetExpression.parse(targetText);
		BitSet removed = downgradeRemovals(target, current, applied);
		List<Step> steps = new ArrayList<>();
		Set<String> before = currentHeads;
		BitSet heads = this.graph.heads(applied);
		for (int i = removed.previousSetBit(this.graph.size()); i >= 0; i = removed.previousSetBit(i - 1)) {
			// Removed last-first, i is a head; of the rest only what it directly revises or
			// depends on can become one (a farther ancestor still has that one above it).
			applied.clear(i);
			heads.clear(i);
			becomeHeadsWithout(this.graph.parents(i), applied, heads);
			becomeHeadsWithout(this.graph.dependencies(i), applied, heads);
			Set<String> after = this.graph.ids(heads);
			steps.add(new Step(this.graph.script(i), Direction.DOWNGRADE, before, after));
			before = after;
		}
		return new Plan(Direction.DOWNGRADE, steps);
	}

	/** Adds to {@code heads} the candidates still applied that nothing applied descends from. */
	private void becomeHeadsWithout(int[] candidates, BitSet applied, BitSet heads) {
		for (int candidate : candidates) {
			if (applied.get(candidate) && !this.graph.descendants(candidate).intersects(applied)) {
				heads.set(candidate);
			}
		}
	}

	Set<String> stamp(Set<String> currentHeads, List<String> targetTexts) {
		BitSet current = this.resolver.current(currentHeads);
		BitSet applied = this.graph.withAncestors(current);
		BitSet heads = this.graph.heads(applied);
		BitSet targets = new BitSet(this.graph.size());
		for (String text : targetTexts) {
			TargetExpression target = TargetExpression.parse(text);
			if (target.symbol().equals("base") && !target.isRelative()) {
				// base empties the table; label@base takes only that branch's revisions out.
				BitSet remaining = (target.branch() != null) ? (BitSet) applied.clone() : new BitSet();
				if (target.branch() != null) {
					remaining.andNot(branchAndAbove(target.branch()));
				}
				heads = this.graph.heads(remaining);
				continue;
			}
			targets.or(revisions(target, current, true));
		}
		checkNoOverlap(targets);
		for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
			// A head on the target's line moves to the target; heads on other lines stay.
			BitSet sameLine = (BitSet) this.graph.ancestors(t).clone();
			sameLine.or(this.graph.descendants(t));
			heads.andNot(sameLine);
			heads.set(t);
		}
		return this.graph.ids(heads);
	}

	List<RevisionScript> history(String range, Set<String> currentHeads) {
		if (range == null || range.isBlank()) {
			return newestFirst(all());
		}
		int colon = range.indexOf(':');
		if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
			throw new InvalidTargetException("History range requires [start]:[end], [start]:, or :[end] (got '" + range
					+ "'); for example 'base:head', '-3:current' or 'ae1027a6acf2:'.");
		}
		String startText = range.substring(0, colon).strip();
		String endText = range.substring(colon + 1).strip();
		BitSet current = this.resolver.current(currentHeads);
		BitSet upper = endText.isEmpty() ? this.resolver.heads() : revisions(TargetExpression.parse(endText), current, true);
		BitSet inRange = this.graph.withAncestors(upper);
		if (!startText.isEmpty()) {
			TargetExpression start = TargetExpression.parse(startText);
			BitSet lower = lowerBound(start, current);
			if (!lower.isEmpty()) {
				BitSet above = (BitSet) lower.clone();
				for (int i = lower.nextSetBit(0); i >= 0; i = lower.nextSetBit(i + 1)) {
					if (!inRange.get(i)) {
						throw new InvalidTargetException("Revision " + this.graph.id(i) + " is not an ancestor of "
								+ "revision " + this.resolver.describe(upper) + ": the range " + range + " is empty. "
								+ "Swap the ends, or pick revisions along the same branch.");
					}
					above.or(this.graph.descendants(i));
				}
				inRange.and(above);
			}
		}
		return newestFirst(inRange);
	}

	List<RevisionScript> resolve(String targetText, Set<String> currentHeads) {
		BitSet current = this.resolver.current(currentHeads);
		BitSet revisions = revisions(TargetExpression.parse(targetText), current, true);
		return newestFirst(revisions);
	}

	private BitSet upgradeTargets(TargetExpression target, BitSet current, BitSet applied) {
		if (target.symbol().equals("current") && !target.isRelative()) {
			throw new InvalidTargetException("'current' is not an upgrade target; use 'head', 'heads', '+N' or a "
					+ "revision id.");
		}
		if (target.isRelative() && target.steps() < 0 && target.symbol().isEmpty()) {
			throw new RelativeRevisionException("Relative revision " + target.text() + " didn't produce "
					+ -target.steps() + " migrations: an upgrade only moves up. To go back, use 'downgrade "
					+ target.text() + "'.");
		}
		if (target.isBareRelative()) {
			int start = walkStart(target, current, applied, "upgrade");
			BitSet lineage = (target.branch() != null) ? this.resolver.lineage(this.resolver.branch(target.branch()))
					: null;
			return single(this.resolver.walk(start, target.steps(), lineage, target));
		}
		return revisions(target, current, false);
	}

	/**
	 * What a downgrade to {@code target} takes away: every applied revision above the target,
	 * including those depending on what goes.
	 */
	private BitSet downgradeRemovals(TargetExpression target, BitSet current, BitSet applied) {
		if (target.symbol().equals("current") && !target.isRelative()) {
			throw new InvalidTargetException("'current' is not a downgrade target; use '-N', 'base' or a revision id.");
		}
		if (target.isBareRelative() && target.steps() > 0) {
			throw new RelativeRevisionException("Relative revision " + target.text() + " didn't produce "
					+ target.steps() + " migrations: a downgrade only moves down. To go forward, use 'upgrade "
					+ target.text() + "'.");
		}
		String branch = target.branch();
		int destination;
		if (target.isBareRelative()) {
			if (applied.isEmpty()) {
				throw new RelativeRevisionException("Relative revision " + target.text() + " didn't produce "
						+ -target.steps() + " migrations: no revision is applied.");
			}
			destination = this.resolver.walk(walkStart(target, current, applied, "downgrade"), target.steps(), null,
					target);
		}
		else if (target.isRelative()) {
			int start = this.resolver.single(target);
			if (target.steps() == -1 && start != TargetResolver.BASE && this.graph.parents(start).length > 1) {
				// One step below a merge is both its parents: the merge goes, with what is built on
				// it, and each parent stays with its other children
				if (!applied.get(start)) {
					throw new InvalidTargetException("Revision " + this.graph.id(start) + " is not applied, so '"
							+ target.text() + "' takes nothing off; current head(s): "
							+ this.resolver.describe(this.graph.heads(applied)) + ".");
				}
				BitSet removed = (BitSet) this.graph.descendants(start).clone();
				removed.set(start);
				removed.and(applied);
				return removed;
			}
			destination = this.resolver.walk(start, target.steps(), null, target);
		}
		else if (target.symbol().equals("base")) {
			destination = TargetResolver.BASE;
		}
		else {
			BitSet destinations = revisions(target, current, false);
			checkNoOverlap(destinations);
			BitSet removed = new BitSet(this.graph.size());
			for (int d = destinations.nextSetBit(0); d >= 0; d = destinations.nextSetBit(d + 1)) {
				removed.or(above(d, applied, target));
			}
			return removed;
		}
		if (destination == TargetResolver.BASE) {
			BitSet removed = (BitSet) applied.clone();
			if (branch != null) {
				removed.and(branchAndAbove(branch));
			}
			return removed;
		}
		return above(destination, applied, target);
	}

	private BitSet above(int destination, BitSet applied, TargetExpression target) {
		if (!applied.get(destination)) {
			throw new InvalidTargetException("Destination " + this.graph.id(destination) + " is not a valid downgrade "
					+ "target from current head(s) " + this.resolver.describe(this.graph.heads(applied))
					+ ": it is not applied. Use 'upgrade " + target.text() + "' to move forward to it, or 'history' "
					+ "to see where the database is.");
		}
		// The revisions that continue the destination go, with everything built on them;
		// revisions that merely depend on the destination stay, as it stays. A named branch
		// keeps the destination's other branches in place.
		BitSet lineage = (target.branch() != null) ? this.resolver.lineage(this.resolver.branch(target.branch())) : null;
		BitSet removed = new BitSet(this.graph.size());
		for (int child : this.graph.children(destination)) {
			if (lineage == null || lineage.get(child)) {
				removed.set(child);
				removed.or(this.graph.descendants(child));
			}
		}
		removed.and(applied);
		return removed;
	}

	/** The revisions carrying a branch's label, and everything built on them. */
	private BitSet branchAndAbove(String branch) {
		BitSet members = this.resolver.members(this.resolver.branch(branch));
		BitSet result = (BitSet) members.clone();
		for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
			result.or(this.graph.descendants(i));
		}
		return result;
	}

	/** Where a bare {@code +N} or {@code -N} starts: the current head, of the branch if one is named. */
	private int walkStart(TargetExpression target, BitSet current, BitSet applied, String command) {
		BitSet candidates;
		if (target.branch() != null) {
			BitSet onBranch = (BitSet) applied.clone();
			onBranch.and(this.resolver.lineage(this.resolver.branch(target.branch())));
			candidates = this.graph.heads(onBranch);
		}
		else {
			candidates = this.graph.heads(applied);
		}
		if (candidates.cardinality() > 1) {
			throw new RelativeRevisionException("Ambiguous " + command + " from multiple current revisions ("
					+ this.resolver.describe(candidates) + ") for '" + target.text() + "'; name the branch with "
					+ "'<label>@" + target.text().substring(target.text().indexOf('@') + 1) + "', or give a revision id.");
		}
		return candidates.isEmpty() ? TargetResolver.BASE : candidates.nextSetBit(0);
	}

	/**
	 * The revisions a target names, for stamp, show and history: any direction of relative step is
	 * allowed when {@code anyDirection} is true; {@code current} stands for the current heads.
	 */
	private BitSet revisions(TargetExpression target, BitSet current, boolean anyDirection) {
		if (target.isRelative()) {
			int start;
			if (target.isBareRelative()) {
				if (!anyDirection) {
					throw new InvalidTargetException("'" + target.text() + "' is relative to the current revision; "
							+ "it is not allowed here.");
				}
				start = walkStart(target, current, this.graph.withAncestors(current),
						(target.steps() > 0) ? "upgrade" : "downgrade");
			}
			else if (target.symbol().equals("current")) {
				start = walkStart(new TargetExpression(target.text(), target.branch(), "", target.steps()), current,
						this.graph.withAncestors(current), "walk");
			}
			else {
				start = this.resolver.single(target);
			}
			BitSet lineage = (target.branch() != null && target.steps() > 0)
					? this.resolver.lineage(this.resolver.branch(target.branch())) : null;
			return single(this.resolver.walk(start, target.steps(), lineage, target));
		}
		return switch (target.symbol()) {
			case "base" -> new BitSet();
			case "heads" -> this.resolver.heads(target.branch());
			case "current" -> {
				BitSet heads = this.graph.heads(this.graph.withAncestors(current));
				if (target.branch() != null) {
					heads.and(this.resolver.lineage(this.resolver.branch(target.branch())));
				}
				yield heads;
			}
			default -> single(this.resolver.single(target));
		};
	}

	/** For a history range's start: {@code label@base} means the first revision carrying the label. */
	private BitSet lowerBound(TargetExpression start, BitSet current) {
		if (start.symbol().equals("base") && !start.isRelative() && start.branch() != null) {
			BitSet members = this.resolver.members(this.resolver.branch(start.branch()));
			return single(members.nextSetBit(0));
		}
		return revisions(start, current, true);
	}

	private void checkNoOverlap(BitSet targets) {
		for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
			BitSet overlapping = (BitSet) this.graph.ancestors(t).clone();
			overlapping.and(targets);
			if (!overlapping.isEmpty()) {
				throw new InvalidTargetException("Requested revision " + this.graph.id(t) + " overlaps with other "
						+ "requested revisions " + this.resolver.describe(overlapping) + ": it already includes them. "
						+ "Name only " + this.graph.id(t) + ".");
			}
		}
	}

	private BitSet single(int position) {
		BitSet set = new BitSet(this.graph.size());
		if (position != TargetResolver.BASE) {
			set.set(position);
		}
		return set;
	}

	private BitSet all() {
		BitSet all = new BitSet(this.graph.size());
		all.set(0, this.graph.size());
		return all;
	}

	private List<RevisionScript> newestFirst(BitSet revisions) {
		List<RevisionScript> scripts = new ArrayList<>(this.graph.scripts(revisions));
		Collections.reverse(scripts);
		return Collections.unmodifiableList(scripts);
	}

}
