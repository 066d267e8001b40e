package dev.retort.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

import dev.retort.runtime.ChecksumPolicy;

/**
 * Retort's configuration: the {@code retort.*} properties.
 */
@ConfigurationProperties("retort")
public class RetortProperties {

	/**
	 * Whether to enable Retort.
	 */
	private boolean enabled = true;

	/**
	 * What happens to pending revisions when the application starts.
	 */
	private Startup startup = Startup.UPGRADE;

	/**
	 * Target of the start-up upgrade: 'head' (fails when there are several heads), 'heads' (every
	 * branch), a revision id or a branch label such as 'billing@head'.
	 */
	private String target = "head";

	/**
	 * Package holding the Java revisions, with its subpackages. Defaults to the package of the
	 * '@SpringBootApplication' class followed by '.migrations'.
	 */
	private @Nullable String revisionsPackage;

	/**
	 * Locations of SQL revisions.
	 */
	private List<String> sqlLocations = new ArrayList<>(List.of("classpath:db/revisions"));

	/**
	 * Source directory where 'revision' writes new revisions. The Maven plugin passes the project's.
	 */
	private String sourceDirectory = "src/main/java";

	/**
	 * Name of the table holding the current revision of each head.
	 */
	private String versionTable = "retort_version";

	/**
	 * Name of the table holding one row per applied or reverted revision.
	 */
	private String historyTable = "retort_history";

	/**
	 * Schema of the version and history tables. Defaults to the connection's schema.
	 */
	private @Nullable String schema;

	/**
	 * How long to wait for the migration lock held by another instance.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration lockTimeout = Duration.ofSeconds(60);

	/**
	 * Whether each revision commits in a transaction of its own; false runs the whole upgrade in
	 * one transaction where the database's DDL is transactional (PostgreSQL).
	 */
	private boolean transactionPerRevision = true;

	/**
	 * What an applied revision whose checksum has changed since it was applied does.
	 */
	private ChecksumPolicy checksumPolicy = ChecksumPolicy.WARN;

	/**
	 * How long a revision's statement waits for a lock another session holds before it gives up
	 * and is tried again (PostgreSQL 'lock_timeout', MariaDB 'lock_wait_timeout'), so that DDL
	 * queued behind a long transaction does not queue the application's queries behind it. 0
	 * keeps the database's own wait.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration ddlLockTimeout = Duration.ofSeconds(5);

	/**
	 * How often a statement (a transactional revision as a whole) whose lock wait ran out is
	 * tried again, after pauses of 1, 2, 4... seconds.
	 */
	private int ddlLockRetries = 3;

	/**
	 * How long a revision's statement may run before the database cancels it (PostgreSQL
	 * 'statement_timeout', MariaDB 'max_statement_time', H2 'QUERY_TIMEOUT'), so that a
	 * migration that would hold its locks for longer fails instead; the revision's step is then
	 * rolled back or, where DDL commits as it goes, resumable. Unset or 0: no limit.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private @Nullable Duration statementTimeout;

	private final Autogenerate autogenerate = new Autogenerate();

	private final Lint lint = new Lint();

	private final Health health = new Health();

	/**
	 * JDBC URL of a dedicated migration connection. Defaults to the application's DataSource.
	 */
	private @Nullable String url;

	/**
	 * User of the migration connection; with no 'retort.url', the application's DataSource URL
	 * is used with this user.
	 */
	private @Nullable String user;

	/**
	 * Password of the migration connection.
	 */
	private @Nullable String password;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Startup getStartup() {
		return this.startup;
	}

	public void setStartup(Startup startup) {
		this.startup = startup;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public @Nullable String getRevisionsPackage() {
		return this.revisionsPackage;
	}

	public void setRevisionsPackage(@Nullable String revisionsPackage) {
		this.revisionsPackage = revisionsPackage;
	}

	public List<String> getSqlLocations() {
		return this.sqlLocations;
	}

	public void setSqlLocations(List<String> sqlLocations) {
		this.sqlLocations = sqlLocations;
	}

	public String getSourceDirectory() {
		return this.sourceDirectory;
	}

	public void setSourceDirectory(String sourceDirectory) {
		this.sourceDirectory = sourceDirectory;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public boolean isTransactionPerRevision() {
		return this.transactionPerRevision;
	}

	public void setTransactionPerRevision(boolean transactionPerRevision) {
		this.transactionPerRevision = transactionPerRevision;
	}

	public Duration getDdlLockTimeout() {
		return this.ddlLockTimeout;
	}

	public void setDdlLockTimeout(Duration ddlLockTimeout) {
		this.ddlLockTimeout = ddlLockTimeout;
	}

	public int getDdlLockRetries() {
		return this.ddlLockRetries;
	}

	public void setDdlLockRetries(int ddlLockRetries) {
		this.ddlLockRetries = ddlLockRetries;
	}

	public @Nullable Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(@Nullable Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public ChecksumPolicy getChecksumPolicy() {
		return this.checksumPolicy;
	}

	public void setChecksumPolicy(ChecksumPolicy checksumPolicy) {
		this.checksumPolicy = checksumPolicy;
	}

	public Lint getLint() {
		return this.lint;
	}

	public Autogenerate getAutogenerate() {
		return this.autogenerate;
	}

	public Health getHealth() {
		return this.health;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	/**
	 * What start-up does with pending revisions.
	 */
	public enum Startup {

		/**
		 * Apply pending revisions up to the target.
		 */
		UPGRADE,

		/**
		 * Fail start-up when revisions are pending; check checksums per the policy.
		 */
		VALIDATE,

		/**
		 * Leave the database alone.
		 */
		NONE

	}

	public static class Autogenerate {

		/**
		 * Name patterns ('*' and '?' wildcards) of tables that autogenerate leaves alone.
		 */
		private List<String> excludeTables = new ArrayList<>();

		public List<String> getExcludeTables() {
			return this.excludeTables;
		}

		public void setExcludeTables(List<String> excludeTables) {
			this.excludeTables = excludeTables;
		}

	}

	public static class Health {

		/**
		 * Health status of the 'migrations' indicator while revisions are pending, such as
		 * OUT_OF_SERVICE, DOWN or UP.
		 */
		private String pendingStatus = "OUT_OF_SERVICE";

		/**
		 * Health status of the 'migrations' indicator while a step that failed or was interrupted
		 * half-way waits for an operator (databases whose DDL commits as it goes).
		 */
		private String unfinishedStatus = "DOWN";

		public String getUnfinishedStatus() {
			return this.unfinishedStatus;
		}

		public void setUnfinishedStatus(String unfinishedStatus) {
			this.unfinishedStatus = unfinishedStatus;
		}

		public String getPendingStatus() {
			return this.pendingStatus;
		}

		public void setPendingStatus(String pendingStatus) {
			this.pendingStatus = pendingStatus;
		}

	}

	/**
	 * {@code retort lint}'s settings.
	 */
	public static class Lint {

		/**
		 * Rows from which a table counts as large: a statement that rewrites, scans or locks it for
		 * as long as it takes is an error there, and information on a smaller table.
		 */
		private long largeTableRows = dev.retort.lint.Linter.DEFAULT_LARGE_TABLE_ROWS;

		public long getLargeTableRows() {
			return this.largeTableRows;
		}

		public void setLargeTableRows(long largeTableRows) {
			this.largeTableRows = largeTableRows;
		}

	}

}
