package dev.retort.platform.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderedStep;
import dev.retort.operations.Operation;
import dev.retort.platform.DatabasePlatform;

/**
 * H2: it accepts DDL in a transaction but commits it implicitly, so a step's progress is
 * recorded statement by statement; each statement is atomic.
 */
public final class H2Platform implements DatabasePlatform {

	public static final H2Platform INSTANCE = new H2Platform();

	private static final String IN_MEMORY = "jdbc:h2:mem:";

	private H2Platform() {
	}

	@Override
	public DatabaseFamily family() {
		return DatabaseFamily.H2;
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
	public SchemaSwitch useSchema(Connection connection, String schema) throws SQLException {
		if (schema == null) {
			return SchemaSwitch.NONE;
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

}
