package dev.retort.runtime;

import java.time.Instant;

/**
 * One row of the history table.
 *
 * @param id its number, in the order steps ran
 * @param revision the revision's id
 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param checksum the revision's checksum when the row was written
 * @param fingerprint the revision's {@link dev.retort.script.RevisionScript#fingerprint()
 * fingerprint} when the row was written; {@code null} when it had none, or the row is older
 * than the column
 * @param startedAt when the step began; {@code null} when the rows were read without times
 * @param durationMs how long it took; {@code null} while running, or read without times
 * @param outcome {@code RUNNING}, {@code SUCCESS}, {@code ROLLED_BACK} or {@code FAILED} (see
 * {@link StepJournal})
 * @param statementsDone how many of the step's statements completed
 * @param error what failed
 * @param appliedDigest the {@link AppliedDigest} of the revisions applied once the step
 * succeeded, when the migration had verified the ones applied before it; {@code null} otherwise
 */
record HistoryRow(long id, String revision, String direction, String checksum, String fingerprint, Instant startedAt,
		Long durationMs, String outcome, int statementsDone, String error, String appliedDigest) {

	static final String UPGRADE = "upgrade";

	static final String DOWNGRADE = "downgrade";

	static final String STAMP = "stamp";

	/** The revision a stamp to base records, which names none. */
	static final String BASE = "base";

	static final String RUNNING = "RUNNING";

	static final String SUCCESS = "SUCCESS";

	static final String FAILED = "FAILED";

	static final String ROLLED_BACK = "ROLLED_BACK";

}
