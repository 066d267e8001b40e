package dev.retort.platform.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderedStep;
import dev.retort.operations.Operation;
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

	private PostgreSqlPlatform() {
	}

	@Override
	public DatabaseFamily family() {
		return DatabaseFamily.POSTGRESQL;
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	/**
	 * In auto-commit (a revision declared {@code transactional = false}) every statement the
	 * server is sent runs in a transaction of its own, several in one string too; only Java code
	 * may have committed part of its work.
	 */
	@Override
	public boolean isAtomic(Operation operation, RenderedStep statement) {
		return !(statement instanceof RenderedStep.JdbcCallback);
	}

	/** Sets {@code search_path} to the schema alone, and back to what it was. */
	@Override
	public SchemaSwitch useSchema(Connection connection, String schema) throws SQLException {
		if (schema == null) {
			return SchemaSwitch.NONE;
		}
		String before;
		try (Statement statement = connection.createStatement(); ResultSet path = statement.executeQuery("show search_path")) {
			path.next();
			before = path.getString(1);
		}
		set(connection, "set search_path to " + schema);
		return () -> set(connection, "set search_path to " + before);
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
	public SchemaSwitch prepareSession(Connection connection) {
		if (!setQuietly(connection, "set client_connection_check_interval = 1000")) {
			return SchemaSwitch.NONE;
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
