package dev.retort.script;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ordered steps that move the database from its current heads to a target. Upgrades run
 * parents before children; downgrades run children before parents. Each step's
 * {@link Step#headsAfter()} is the next step's {@link Step#headsBefore()}.
 *
 * @param direction the direction of every step
 * @param steps the steps, in the order to run them; empty when the database is already there
 */
public record Plan(Direction direction, List<Step> steps) {

	public Plan {
		Objects.requireNonNull(direction, "direction");
		steps = List.copyOf(steps);
	}

	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

	/** The revisions of the steps, in order. */
	public List<RevisionScript> revisions() {
		return this.steps.stream().map(Step::revision).toList();
	}

	/** The version table's contents after the last step, or {@code start} for an empty plan. */
	public Set<String> headsAfter(Set<String> start) {
		return isEmpty() ? Set.copyOf(start) : this.steps.get(this.steps.size() - 1).headsAfter();
	}

}
