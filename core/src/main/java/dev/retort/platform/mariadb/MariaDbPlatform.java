package dev.retort.platform.mariadb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * MariaDB and MySQL: DDL commits implicitly, so a step's progress is recorded statement by
 * statement; a schema is a database, chosen with {@code USE}.
 */
public final class MariaDbPlatform implements DatabasePlatform {

	public static final MariaDbPlatform INSTANCE = new MariaDbPlatform();

	private static final Logger logger = LoggerFactory.getLogger(MariaDbPlatform.class);

	private static final DatabaseVersion OFFLINE_VERSION = DatabaseVersion.make(10, 11);

	private static final int LOCK_WAIT_TIMEOUT = 1205;

	private static final int STATEMENT_TIMEOUT = 1969;

	private MariaDbPlatform() {
	}

	@Override
	public DatabaseFamily family() {
		return DatabaseFamily.MARIADB;
	}

	/** MariaDB's renderer, and MySQL's too: Retort is tested on MariaDB only, and says so. */
	@Override
	public SqlRenderer renderer(Dialect dialect) {
		if (!(dialect instanceof MariaDBDialect)) {
			logger.warn("Rendering MySQL {} with Retort's MariaDB renderer; Retort is tested on MariaDB only",
					dialect.getVersion());
		}
		return new MariaDbSqlRenderer((MySQLDialect) dialect);
	}

	/**
	 * The oldest long-term release with the native {@code uuid} type (10.7+), so that offline
	 * scripts match what online rendering gives on current servers.
	 */
	@Override
	public Dialect offlineDialect() {
		return new MariaDBDialect(OFFLINE_VERSION);
	}

	@Override
	public SchemaReader schemaReader() {
		return new MariaDbSchemaReader();
	}

	/**
	 * One large-object type of each kind, whatever its size (Hibernate sizes them by length:
	 * {@code tinyblob}, {@code mediumtext}); one timestamp, with or without a time zone.
	 */
	@Override
	public ColumnType comparable(ColumnType type) {
		if (type instanceof ColumnType.Raw raw) {
			String sql = raw.sql().toLowerCase(Locale.ROOT);
			if (sql.equals("tinyblob") || sql.equals("mediumblob")) {
				return new ColumnType.Blob();
			}
			if (sql.equals("tinytext") || sql.equals("mediumtext")) {
				return new ColumnType.Text();
			}
		}
		if (type instanceof ColumnType.Timestamp timestamp) {
			return new ColumnType.Timestamp(timestamp.precision(), false);
		}
		return type;
	}

	/** A column-level check is named after its column; a table-level one {@code CONSTRAINT_1}. */
	@Override
	public boolean isGeneratedCheckName(Table table, String name) {
		return table.column(name).isPresent() || name.toLowerCase(Locale.ROOT).matches("constraint_\\d+");
	}

	/** A MariaDB schema is a database: the connection's catalog. */
	@Override
	public String currentSchema(Connection connection) throws SQLException {
		return connection.getCatalog();
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	/**
	 * The DDL Retort renders from structured operations is atomic (MariaDB 10.6 and later make
	 * {@code CREATE}, {@code ALTER}, {@code DROP} and {@code RENAME} crash-safe and all or
	 * nothing). Anything else may have partly applied: a statement of the revision's own SQL
	 * or a bulk insert into a table whose engine keeps part of it (MyISAM, Aria), or Java code.
	 */
	@Override
	public boolean isAtomic(Operation operation, RenderedStep statement) {
		return statement instanceof RenderedStep.Sql && !(operation instanceof Operation.ExecuteSql);
	}

	/**
	 * {@code USE} the schema's database for the run, and the connection's own database after.
	 * A connection that had none (a URL without a database, as a server shared by tenants is
	 * often reached) cannot be given none again: MariaDB has no statement for it, and resetting
	 * the connection keeps the database. It is left in {@code information_schema}, which every
	 * user may use and none may write, so that a later borrower of a pooled connection does not
	 * reach the run's tenant with unqualified names.
	 */
	@Override
	public SessionRestore useSchema(Connection connection, String schema) throws SQLException {
		if (schema == null) {
			return SessionRestore.NONE;
		}
		String before = connection.getCatalog();
		use(connection, schema);
		return (before != null) ? () -> connection.setCatalog(before) : () -> use(connection, "information_schema");
	}

	private void use(Connection connection, String database) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(useSchemaSql(database));
		}
	}

	/**
	 * {@code lock_wait_timeout} for the session, in whole seconds (at least one), and back to what
	 * it was: the wait for the metadata lock that DDL takes, where an {@code ALTER} queues behind
	 * a long transaction, and every query on the table behind it.
	 */
	@Override
	public SessionRestore limitLockWaits(Connection connection, java.time.Duration timeout) throws SQLException {
		return limit(connection, "lock_wait_timeout", Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000)));
	}

	/**
	 * Sets a session variable, numeric, and returns what sets it back to what it was.
	 * @param variable one of the session's variables, as Retort names it (never user input)
	 */
	private static SessionRestore limit(Connection connection, String variable, String value) throws SQLException {
		String before;
		try (Statement statement = connection.createStatement();
				java.sql.ResultSet setting = statement.executeQuery("select @@session." + variable)) {
			setting.next();
			before = setting.getBigDecimal(1).toPlainString();
		}
		set(connection, variable, value);
		return () -> set(connection, variable, before);
	}

	private static void set(Connection connection, String variable, String number) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set session " + variable + " = " + new java.math.BigDecimal(number).toPlainString());
		}
	}

	@Override
	public java.util.List<dev.retort.lint.LintRule> lintRules() {
		return MariaDbLintRules.all();
	}

	/** InnoDB's estimate in {@code information_schema.tables}. */
	@Override
	public dev.retort.lint.TableSizes tableSizes(Connection connection, String schema) throws SQLException {
		return dev.retort.lint.CatalogTableSizes.read(connection, "select table_schema, table_name, table_rows"
				+ " from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in"
				+ " ('mysql', 'information_schema', 'performance_schema', 'sys')",
				(schema != null) ? schema : connection.getCatalog());
	}

	/** {@code max_statement_time} for the session (seconds, to the microsecond), and back. */
	@Override
	public SessionRestore limitStatementTime(Connection connection, java.time.Duration timeout) throws SQLException {
		return limit(connection, "max_statement_time", java.math.BigDecimal.valueOf(timeout.toMillis(), 3).toPlainString());
	}

	/** Error 1969, ER_STATEMENT_TIMEOUT: a statement stopped by {@code max_statement_time}. */
	@Override
	public boolean isStatementTimedOut(SQLException error) {
		return error.getErrorCode() == STATEMENT_TIMEOUT;
	}

	/** Error 1205, ER_LOCK_WAIT_TIMEOUT: a metadata or row lock not granted in time. */
	@Override
	public boolean isLockNotGranted(SQLException error) {
		return error.getErrorCode() == LOCK_WAIT_TIMEOUT;
	}

	/** {@code GET_LOCK}, a session lock. */
	@Override
	public MigrationLock migrationLock(Connection session, DataSource dataSource, LockTarget target) {
		return new NamedLock(session, target);
	}

	@Override
	public boolean isMigrationLockHeld(Connection connection, LockTarget target) throws SQLException {
		return NamedLock.isHeld(connection, target);
	}

	@Override
	public String useSchemaSql(String schema) {
		return "use " + schema;
	}

}
