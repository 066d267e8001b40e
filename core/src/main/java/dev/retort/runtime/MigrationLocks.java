package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import dev.retort.RetortException;
import dev.retort.ddl.Identifiers;
import dev.retort.operations.ObjectName;
import dev.retort.platform.DatabasePlatform;
import dev.retort.platform.LockTarget;
import dev.retort.platform.MigrationLock;

/**
 * Takes the migration lock of the settings' schema and version table, the kind the database's
 * platform takes, and says what a lock not taken in time means.
 */
final class MigrationLocks {

	private MigrationLocks() {
	}

	/**
	 * Takes the lock, waiting up to {@code wait}, what is left of the settings' lock timeout.
	 * @throws LockTimeoutException when another session holds it all that time
	 */
	static MigrationLock acquire(DatabasePlatform platform, Connection session, DataSource dataSource,
			Identifiers identifiers, RetortSettings settings, Duration wait) {
		MigrationLock lock;
		try {
			lock = platform.migrationLock(session, dataSource, target(session, identifiers, settings));
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot connect to the database to take the migration lock: " + ex.getMessage(),
					ex);
		}
		try {
			if (lock.take(wait)) {
				return lock;
			}
		}
		catch (SQLException ex) {
			lock.close();
			throw new RetortException("Could not take the migration lock: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
		String holder = lock.holder();
		lock.close();
		throw new LockTimeoutException(timedOut(settings.lockTimeout(), holder));
	}

	/** Whether a session holds the lock now, asked without waiting (see {@link DatabasePlatform#isMigrationLockHeld}). */
	static boolean isHeld(DatabasePlatform platform, Connection connection, Identifiers identifiers,
			RetortSettings settings) throws SQLException {
		return platform.isMigrationLockHeld(connection, target(connection, identifiers, settings));
	}

	/** The message of a lock not taken within the timeout, whoever held it. */
	static String timedOut(Duration timeout, String holder) {
		return "Could not take the migration lock within retort.lock-timeout (" + timeout.toMillis() / 1000.0
				+ "s): another command is migrating this database (or died holding the lock, which the database frees"
				+ " when its session ends). " + holder + " Wait and retry, or raise retort.lock-timeout.";
	}

	/** One lock per schema and version table: two applications in one database don't block each other. */
	static LockTarget target(Connection connection, Identifiers identifiers, RetortSettings settings) {
		String schema = settings.schema();
		if (schema == null) {
			try {
				schema = (connection.getSchema() != null) ? connection.getSchema() : connection.getCatalog();
			}
			catch (SQLException ex) {
				schema = "";
			}
		}
		ObjectName table = new ObjectName(settings.schema(), settings.versionTable() + "_lock");
		return new LockTarget("retort:" + schema + "." + settings.versionTable(), table,
				identifiers.qualified(table, null));
	}

}
