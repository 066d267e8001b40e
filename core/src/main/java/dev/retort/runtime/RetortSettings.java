package dev.retort.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How the runner keeps its books and behaves.
 *
 * @param versionTable the table of current heads
 * @param historyTable the table of steps
 * @param schema the schema of both tables and of the revisions' unqualified names; {@code null}
 * for the connection's
 * @param lockTimeout how long to wait for another instance's migration lock
 * @param transactionPerRevision each revision commits on its own; {@code false}: one
 * transaction for the whole run, where DDL is transactional
 * @param checksumPolicy what a changed applied revision does
 * @param ddlLockWaits how long a statement waits for a lock another session holds, and how often
 * it is tried again
 * @param statementTimeout how long a revision's statement may run before the database cancels it;
 * {@code null} for no limit (the database's own)
 * @param lintLargeTableRows rows from which lint takes a table for large: a statement that
 * rewrites, scans or locks it for its duration is an error there
 */
public record RetortSettings(String versionTable, String historyTable, String schema, Duration lockTimeout,
		boolean transactionPerRevision, ChecksumPolicy checksumPolicy, DdlLockWaits ddlLockWaits,
		Duration statementTimeout, long lintLargeTableRows) {

	/** The version table's name unless configured: {@code retort.version-table}. */
	public static final String DEFAULT_VERSION_TABLE = "retort_version";

	/** The history table's name unless configured: {@code retort.history-table}. */
	public static final String DEFAULT_HISTORY_TABLE = "retort_history";

	public RetortSettings {
		Objects.requireNonNull(versionTable, "versionTable");
		Objects.requireNonNull(historyTable, "historyTable");
		Objects.requireNonNull(lockTimeout, "lockTimeout");
		Objects.requireNonNull(checksumPolicy, "checksumPolicy");
		Objects.requireNonNull(ddlLockWaits, "ddlLockWaits");
		if (statementTimeout != null && (statementTimeout.isNegative() || statementTimeout.isZero())) {
			statementTimeout = null;
		}
	}

	public static RetortSettings defaults() {
		return new RetortSettings(DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE, null, Duration.ofSeconds(60), true,
				ChecksumPolicy.WARN, DdlLockWaits.DEFAULTS, null,
				dev.retort.lint.Linter.DEFAULT_LARGE_TABLE_ROWS);
	}

	public RetortSettings withTables(String versionTable, String historyTable) {
		return new RetortSettings(versionTable, historyTable, this.schema, this.lockTimeout,
				this.transactionPerRevision, this.checksumPolicy, this.ddlLockWaits, this.statementTimeout,
				this.lintLargeTableRows);
	}

	public RetortSettings withSchema(String schema) {
		return new RetortSettings(this.versionTable, this.historyTable, schema, this.lockTimeout,
				this.transactionPerRevision, this.checksumPolicy, this.ddlLockWaits, this.statementTimeout,
				this.lintLargeTableRows);
	}

	public RetortSettings withLockTimeout(Duration lockTimeout) {
		return new RetortSettings(this.versionTable, this.historyTable, this.schema, lockTimeout,
				this.transactionPerRevision, this.checksumPolicy, this.ddlLockWaits, this.statementTimeout,
				this.lintLargeTableRows);
	}

	public RetortSettings withTransactionPerRevision(boolean transactionPerRevision) {
		return new RetortSettings(this.versionTable, this.historyTable, this.schema, this.lockTimeout,
				transactionPerRevision, this.checksumPolicy, this.ddlLockWaits, this.statementTimeout,
				this.lintLargeTableRows);
	}

	public RetortSettings withChecksumPolicy(ChecksumPolicy checksumPolicy) {
		return new RetortSettings(this.versionTable, this.historyTable, this.schema, this.lockTimeout,
				this.transactionPerRevision, checksumPolicy, this.ddlLockWaits, this.statementTimeout,
				this.lintLargeTableRows);
	}

	public RetortSettings withDdlLockWaits(DdlLockWaits ddlLockWaits) {
		return new RetortSettings(this.versionTable, this.historyTable, this.schema, this.lockTimeout,
				this.transactionPerRevision, this.checksumPolicy, ddlLockWaits, this.statementTimeout,
				this.lintLargeTableRows);
	}

	public RetortSettings withLintLargeTableRows(long lintLargeTableRows) {
		return new RetortSettings(this.versionTable, this.historyTable, this.schema, this.lockTimeout,
				this.transactionPerRevision, this.checksumPolicy, this.ddlLockWaits, this.statementTimeout,
				lintLargeTableRows);
	}

	/** A limit on each revision statement's run; zero or {@code null} for none. */
	public RetortSettings withStatementTimeout(Duration statementTimeout) {
		return new RetortSettings(this.versionTable, this.historyTable, this.schema, this.lockTimeout,
				this.transactionPerRevision, this.checksumPolicy, this.ddlLockWaits, statementTimeout,
				this.lintLargeTableRows);
	}

}
