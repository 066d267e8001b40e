package dev.retort.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the database stands against the revisions of this code, read cheaply and without
 * running any revision's code: what a health probe asks, over and over, while other instances
 * of the application (older or newer ones, during a rolling deploy) may be migrating.
 *
 * @param current the revisions the version table holds
 * @param unknown those of them this code does not know: the database is ahead of the code, as
 * it is for an older instance once a newer one has migrated
 * @param pending the revisions of this code the database is not at yet, newest first; empty
 * when the database is ahead, for the code cannot tell what lies between
 * @param unfinished the step the history shows not finished, or {@code null}: running now in another
 * session when {@code lockHeld}, else stopped half-way
 * @param lockHeld whether a session holds the migration lock; asked only when a step is
 * unfinished, {@code false} otherwise
 */
public record DatabaseState(Set<String> current, Set<String> unknown, List<String> pending,
		UnfinishedStep unfinished, boolean lockHeld) {

	public DatabaseState {
		current = Collections.unmodifiableSet(new LinkedHashSet<>(current));
		unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
		pending = List.copyOf(pending);
	}

	/** Whether the database is at a revision this code does not know. */
	public boolean isAhead() {
		return !this.unknown.isEmpty();
	}

	/** Whether a step is running now: unfinished in the history, with a live session holding the lock. */
	public boolean isMigrating() {
		return this.unfinished != null && this.lockHeld;
	}

	/** Whether a step stopped half-way and no session is there to finish it: it waits for an operator. */
	public boolean isStoppedHalfWay() {
		return this.unfinished != null && !this.lockHeld;
	}

}
