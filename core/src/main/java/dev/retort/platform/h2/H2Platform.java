package dev.retort.platform.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;

import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.autogenerate.schema.Table;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.platform.DatabasePlatform;

/**
 * H2: it accepts DDL in a transaction but commits it implicitly, so a step's progress is
 * recorded statement by statement; each statement is atomic.
 */
public final class H2Platform implements DatabasePlatform {

	private static final int STATEMENT_WAS_CANCELED = 57014;

	public static final H2Platform INSTANCE = new H2Platform();

	private static final String IN_MEMORY = "jdbc:h2:mem:";

	private static final Logger logger = LoggerFactory.getLogger(H2Platform.class);

	private H2Platform() {
	}

	/**
	 * Warns, before a migration changes the schema, of an H2 release that breaks what it builds:
	 * H2 2.4 evaluates a check with an IN list ({@code c in ('A','B')}: a discriminator's, an
	 * enum's) through the session that created it, so once that connection closes (a pool
	 * retiring it, the command mode ending) every insert fails with "Check constraint invalid"
	 * (h2database issue 4302; 2.4.240 is the release Spring Boot 4 manages).
	 */
	@Override
	public SessionRestore prepareSession(Connection connection) {
		try {
			knownDefect(connection.getMetaData().getDatabaseProductVersion()).ifPresent(logger::warn);
		}
		catch (SQLException ex) {
			// A warning only: the migration goes on without it
		}
		return SessionRestore.NONE;
	}

	/** The warning for an H2 release with a defect that breaks the schemas migrations build, if any. */
	static Optional<String> knownDefect(String productVersion) {
		if (productVersion == null || !productVersion.startsWith("2.4.")) {
			return Optional.empty();
		}
		return Optional.of("H2 " + productVersion + " loses the check constraints with an IN list (an enum's values, a"
				+ " discriminator's) once the connection that created them closes: inserts then fail with \"Check"
				+ " constraint invalid\" (h2database issue 4302). Use H2 2.5.250 or later: set the h2.version property"
				+ " (Maven or Gradle) to 2.5.252");
	}

	@Override
	public DatabaseFamily family() {
		return DatabaseFamily.H2;
	}

	@Override
	public SqlRenderer renderer(Dialect dialect) {
		return new H2SqlRenderer((H2Dialect) dialect);
	}

	@Override
	public Dialect offlineDialect() {
		return new H2Dialect();
	}

	@Override
	public SchemaReader schemaReader() {
		return new H2SchemaReader();
	}

	/** {@code CONSTRAINT_8EDF24B2}, numbered when it would repeat one: {@code CONSTRAINT_8EDF24B2_1}. */
	@Override
	public boolean isGeneratedCheckName(Table table, String name) {
		return name.toLowerCase(Locale.ROOT).matches("constraint_[0-9a-f]+(_\\d+)?");
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	/**
	 * Every SQL statement is atomic, and a bulk insert's rows run in a transaction of their own
	 * (see the step executor), which H2 rolls back as a whole; only Java code may have committed
	 * part of its work.
	 */
	@Override
	public boolean isAtomic(Operation operation, RenderedStep statement) {
		return !(statement instanceof RenderedStep.JdbcCallback);
	}

	@Override
	public SessionRestore useSchema(Connection connection, String schema) throws SQLException {
		if (schema == null) {
			return SessionRestore.NONE;
		}
		String before = connection.getSchema();
		try (Statement statement = connection.createStatement()) {
			statement.execute(useSchemaSql(schema));
		}
		return () -> connection.setSchema(before);
	}

	/**
	 * A database in this process's memory ({@code jdbc:h2:mem:}) goes with a crash. An H2
	 * database in memory on a server ({@code jdbc:h2:tcp://host/mem:name}) outlives us.
	 */
	@Override
	public boolean diesWithProcess(Connection connection) throws SQLException {
		String url = connection.getMetaData().getURL();
		return url != null && url.regionMatches(true, 0, IN_MEMORY, 0, IN_MEMORY.length());
	}

	@Override
	public String useSchemaSql(String schema) {
		return "set schema " + schema;
	}

	/** {@code information_schema.tables.row_count_estimate}. */
	@Override
	public dev.retort.lint.TableSizes tableSizes(Connection connection, String schema) throws SQLException {
		return dev.retort.lint.CatalogTableSizes.read(connection, "select table_schema, table_name,"
				+ " row_count_estimate from information_schema.tables where table_type = 'BASE TABLE'",
				(schema != null) ? schema : connection.getSchema());
	}

	/** {@code QUERY_TIMEOUT} for the session, in milliseconds, and back. */
	@Override
	public SessionRestore limitStatementTime(Connection connection, java.time.Duration timeout) throws SQLException {
		String before;
		try (Statement statement = connection.createStatement();
				java.sql.ResultSet setting = statement.executeQuery("select setting_value from"
						+ " information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
			before = setting.next() ? setting.getString(1) : "0";
		}
		setQueryTimeout(connection, Long.toString(Math.max(1, timeout.toMillis())));
		return () -> setQueryTimeout(connection, before);
	}

	private static void setQueryTimeout(Connection connection, String millis) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set query_timeout " + Long.parseLong(millis));
		}
	}

	/** Error 57014, STATEMENT_WAS_CANCELED: what {@code QUERY_TIMEOUT} ends a statement with. */
	@Override
	public boolean isStatementTimedOut(SQLException error) {
		return error.getErrorCode() == STATEMENT_WAS_CANCELED;
	}

}
