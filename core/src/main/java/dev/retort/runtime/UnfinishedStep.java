package dev.retort.runtime;

import dev.retort.script.Direction;

/**
 * A step that failed or was interrupted half-way on a database whose DDL commits as it goes:
 * the statements before {@code statementsDone} are applied, the rest are not.
 *
 * @param revision the revision's id
 * @param direction up or down
 * @param statementsDone how many of its statements completed
 * @param checksum the revision's checksum when it ran
 * @param error what failed, or {@code null} when the process died
 */
public record UnfinishedStep(String revision, Direction direction, int statementsDone, String checksum, String error) {

	/** The target that resumes the step: its revision for an upgrade, the one before it for a downgrade. */
	public String resumingTarget() {
		return resumingTarget(this.revision, this.direction);
	}

	static String resumingTarget(String revision, Direction direction) {
		return (direction == Direction.UPGRADE) ? revision : revision + "-1";
	}

}
