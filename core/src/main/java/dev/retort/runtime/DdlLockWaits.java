package dev.retort.runtime;

import java.time.Duration;

/**
 * How long a revision's statement may wait for a lock another session holds, and how often it
 * is tried again. A statement that queues for its lock (an {@code ALTER TABLE} behind a long
 * transaction) makes every query that comes after it queue behind it too: on a live site it must
 * give up soon and try again later, not take the site down while it waits.
 *
 * @param timeout the longest wait for a lock, or {@code null} to leave the database's own
 * setting (PostgreSQL and MariaDB wait for hours or for ever)
 * @param retries how often a statement, or a transactional revision as a whole, is tried again
 * after its wait ran out, each time after twice as long a pause (one second first)
 */
public record DdlLockWaits(Duration timeout, int retries) {

	/** {@code retort.ddl-lock-timeout} and {@code retort.ddl-lock-retries} unless configured. */
	public static final DdlLockWaits DEFAULTS = new DdlLockWaits(Duration.ofSeconds(5), 3);

	private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	public DdlLockWaits {
		if (retries < 0) {
			throw new IllegalArgumentException("retort.ddl-lock-retries must not be negative, was " + retries);
		}
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("retort.ddl-lock-timeout must be longer than zero, was " + timeout
					+ "; leave it unset to keep the database's own wait");
		}
	}

	/** The pause before the given attempt (2 is the first retry). */
	Duration pauseBefore(int attempt) {
		Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 2, 10));
		return (pause.compareTo(LONGEST_PAUSE) > 0) ? LONGEST_PAUSE : pause;
	}

}
