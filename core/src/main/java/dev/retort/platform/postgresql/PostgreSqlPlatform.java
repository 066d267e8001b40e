package dev.retort.platform.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;

import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.autogenerate.schema.Table;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.operations.types.ColumnType;
import dev.retort.platform.DatabasePlatform;
import dev.retort.platform.LockTarget;
import dev.retort.platform.MigrationLock;

/**
 * PostgreSQL: DDL is transactional, so a revision and its bookkeeping commit or roll back as
 * one; the schema is the session's {@code search_path}.
 */
public final class PostgreSqlPlatform implements DatabasePlatform {

	public static final PostgreSqlPlatform INSTANCE = new PostgreSqlPlatform();

	private static final Logger logger = LoggerFactory.getLogger(PostgreSqlPlatform.class);

	/** A revision's own SQL that builds or drops an index concurrently, outside any transaction. */
	private static final Pattern CONCURRENTLY = Pattern.compile("\\bconcurrently\\b", Pattern.CASE_INSENSITIVE);

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final String QUERY_CANCELED = "57014";

	/** SQLSTATE 53200, out_of_memory: also a lock table that is full. */
	private static final String OUT_OF_MEMORY = "53200";

	private PostgreSqlPlatform() {
	}

	@Override
	public DatabaseFamily family() {
		return DatabaseFamily.POSTGRESQL;
	}

	@Override
	public SqlRenderer renderer(Dialect dialect) {
		return new PostgreSqlRenderer((PostgreSQLDialect) dialect);
	}

	@Override
	public Dialect offlineDialect() {
		return new PostgreSQLDialect();
	}

	@Override
	public SchemaReader schemaReader() {
		return new PostgreSqlSchemaReader();
	}

	/** One binary type: {@code bytea}, whatever length Hibernate gives it. */
	@Override
	public ColumnType comparable(ColumnType type) {
		return (type instanceof ColumnType.Binary || type instanceof ColumnType.VarBinary) ? new ColumnType.Blob() : type;
	}

	/** {@code <table>_<column>_check}, numbered when it would repeat one. */
	@Override
	public boolean isGeneratedCheckName(Table table, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith(table.name().toLowerCase(Locale.ROOT) + "_") && lower.matches(".*_check\\d*");
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	/**
	 * In auto-commit (a revision declared {@code transactional = false}) every statement the
	 * server is sent runs in a transaction of its own, several in one string too. Two kinds may
	 * leave something behind: Java code, which may have committed part of its work, and a
	 * statement that cannot run in a transaction ({@code CREATE INDEX CONCURRENTLY}), whose
	 * failure leaves an invalid index that running it again trips over.
	 */
	@Override
	public boolean isAtomic(Operation operation, RenderedStep statement) {
		if (statement instanceof RenderedStep.Sql sql) {
			return !sql.nonTransactional() && !(operation instanceof Operation.CreateIndex index && index.isConcurrent())
					&& !CONCURRENTLY.matcher(sql.sql()).find();
		}
		return statement instanceof RenderedStep.Batch;
	}

	@Override
	public java.util.List<dev.retort.lint.LintRule> lintRules() {
		return PostgreSqlLintRules.all();
	}

	/** {@code pg_class.reltuples}, which ANALYZE and autovacuum keep; -1 until a table was counted. */
	@Override
	public dev.retort.lint.TableSizes tableSizes(Connection connection, String schema) throws SQLException {
		return dev.retort.lint.CatalogTableSizes.read(connection, "select n.nspname, c.relname, c.reltuples::bigint"
				+ " from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p')"
				+ " and n.nspname not in ('pg_catalog', 'information_schema')", (schema != null) ? schema : connection.getSchema());
	}

	/** {@code lock_timeout} for the session, and back to what it was. */
	@Override
	public SessionRestore limitLockWaits(Connection connection, java.time.Duration timeout) throws SQLException {
		return limit(connection, "lock_timeout", timeout);
	}

	/** {@code statement_timeout} for the session, and back to what it was. */
	@Override
	public SessionRestore limitStatementTime(Connection connection, java.time.Duration timeout) throws SQLException {
		return limit(connection, "statement_timeout", timeout);
	}

	/** SQLSTATE 57014, query_canceled: what {@code statement_timeout} ends a statement with. */
	@Override
	public boolean isStatementTimedOut(SQLException error) {
		return QUERY_CANCELED.equals(error.getSQLState());
	}

	private static SessionRestore limit(Connection connection, String setting, java.time.Duration timeout)
			throws SQLException {
		String before;
		try (java.sql.PreparedStatement statement = connection.prepareStatement("select current_setting(?)")) {
			statement.setString(1, setting);
			try (ResultSet value = statement.executeQuery()) {
				value.next();
				before = value.getString(1);
			}
		}
		set(connection, setting, timeout.toMillis() + "ms");
		return () -> set(connection, setting, before);
	}

	private static void set(Connection connection, String setting, String value) throws SQLException {
		try (java.sql.PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
			statement.setString(1, setting);
			statement.setString(2, value);
			statement.execute();
		}
	}

	/** SQLSTATE 55P03, lock_not_available: what {@code lock_timeout} ends a wait with. */
	@Override
	public boolean isLockNotGranted(SQLException error) {
		return LOCK_NOT_AVAILABLE.equals(error.getSQLState());
	}

	/**
	 * A transaction holds a lock on every table, index and sequence it creates, alters or drops
	 * until it ends, in a lock table the whole server shares, sized by
	 * {@code max_locks_per_transaction} (64 by default) times the connections: a revision over a
	 * few thousand tables fills it and fails with "out of shared memory". The revision is not at
	 * fault, and nothing of it was kept.
	 */
	@Override
	public String adviceOn(SQLException error, boolean inTransaction) {
		String message = String.valueOf(error.getMessage());
		// The hint names the setting; the message alone, where the driver leaves hints out
		boolean lockTableFull = OUT_OF_MEMORY.equals(error.getSQLState())
				&& (message.contains("max_locks_per_transaction") || message.contains("out of shared memory"));
		if (!lockTableFull || !inTransaction) {
			return null;
		}
		return "The revision changes more tables, indexes and sequences than one transaction can hold locks on"
				+ " here (the server's max_locks_per_transaction). Either declare it @Revision(transactional = false):"
				+ " its statements then commit one by one, each recorded, and a run that stops resumes after the"
				+ " last one; or split it into several revisions; or raise max_locks_per_transaction (it takes a"
				+ " server restart).";
	}

	/**
	 * Sets {@code search_path} to the schema alone, and back to what it was: the setting's text
	 * as the server keeps it, set again through {@code set_config}, which takes any value a
	 * session may hold (an empty path too, which {@code SHOW} prints as {@code ""}).
	 */
	@Override
	public SessionRestore useSchema(Connection connection, String schema) throws SQLException {
		if (schema == null) {
			return SessionRestore.NONE;
		}
		String before;
		try (Statement statement = connection.createStatement();
				ResultSet path = statement.executeQuery("select current_setting('search_path')")) {
			path.next();
			before = path.getString(1);
		}
		set(connection, useSchemaSql(schema));
		return () -> {
			if (before.isEmpty() || before.equals("\"\"")) {
				set(connection, "set search_path to ''");
				return;
			}
			try (java.sql.PreparedStatement statement = connection.prepareStatement(
					"select set_config('search_path', ?, false)")) {
				statement.setString(1, before);
				statement.executeQuery().close();
			}
		};
	}

	/** The statement that points a session at the schema, for an offline script. */
	@Override
	public String useSchemaSql(String schema) {
		return "set search_path to " + schema;
	}

	private static void set(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Makes the server check every second that this client still lives while a statement runs.
	 * A killed process's lock is freed at once, but without the check its migration's backend
	 * would run its statement (a long {@code ALTER}, a {@code pg_sleep}) to the end, holding the
	 * killed revision's locks while the next instance, which now has the migration lock, waits
	 * on them. Best effort: before PostgreSQL 14 or off Linux the setting is missing, and the
	 * backend notices at its next write as before. Reset afterwards, for the connection goes
	 * back to the pool.
	 */
	@Override
	public SessionRestore prepareSession(Connection connection) {
		if (!setQuietly(connection, "set client_connection_check_interval = 1000")) {
			return SessionRestore.NONE;
		}
		return () -> setQuietly(connection, "reset client_connection_check_interval");
	}

	private static boolean setQuietly(Connection connection, String sql) {
		try {
			set(connection, sql);
			return true;
		}
		catch (SQLException ex) {
			logger.debug("client_connection_check_interval is not available", ex);
			return false;
		}
	}

	/** A session advisory lock, numbered by the target's key. */
	@Override
	public MigrationLock migrationLock(Connection session, DataSource dataSource, LockTarget target) {
		return new AdvisoryLock(session, target.key());
	}

	@Override
	public boolean isMigrationLockHeld(Connection connection, LockTarget target) throws SQLException {
		return AdvisoryLock.isHeld(connection, target.key());
	}

}
