package dev.retort.script;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One revision applied in one direction, with what the version table holds before and after it:
 * one row per unmerged head, as Alembic's {@code alembic_version}. A linear step replaces a row,
 * a new branch adds one, a merge collapses several into one, a downgrade through a merge point
 * splits one into several, and a downgrade of a base removes one.
 *
 * @param revision the revision to run
 * @param direction whether to call its {@code upgrade()} or {@code downgrade()}
 * @param headsBefore the version table's ids before the step
 * @param headsAfter the version table's ids after the step
 */
public record Step(RevisionScript revision, Direction direction, Set<String> headsBefore, Set<String> headsAfter) {

	public Step {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(direction, "direction");
		headsBefore = Collections.unmodifiableSet(new TreeSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new TreeSet<>(headsAfter));
	}

	/** Ids the step adds to the version table. */
	public Set<String> insertedHeads() {
		Set<String> inserted = new TreeSet<>(this.headsAfter);
		inserted.removeAll(this.headsBefore);
		return Collections.unmodifiableSet(inserted);
	}

	/** Ids the step removes from the version table. */
	public Set<String> deletedHeads() {
		Set<String> deleted = new TreeSet<>(this.headsBefore);
		deleted.removeAll(this.headsAfter);
		return Collections.unmodifiableSet(deleted);
	}

	@Override
	public String toString() {
		return this.direction.name().toLowerCase() + " " + this.revision.id() + " " + this.headsBefore + " -> "
				+ this.headsAfter;
	}

}
