package dev.retort.runtime;

import java.time.Instant;

import dev.retort.script.RevisionScript;

/**
 * A revision and where the database stands with it.
 *
 * @param revision the revision
 * @param state applied or pending
 * @param appliedAt when it was last applied; {@code null} if never (or only stamped)
 * @param durationMs how long that took
 * @param storedChecksum the checksum recorded when it was applied or stamped
 * @param currentChecksum the checksum of the revision as the code has it now
 * @param checksumMatches whether the two agree; {@code null} when none was recorded
 */
public record RevisionStatus(RevisionScript revision, State state, Instant appliedAt, Long durationMs,
		String storedChecksum, String currentChecksum, Boolean checksumMatches) {

	public String id() {
		return this.revision.id();
	}

	public enum State {

		APPLIED, PENDING

	}

}
