package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;

import dev.retort.platform.DatabasePlatform;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.platform.MigrationLock;
import dev.retort.testing.TestDatabase;

/**
 * The migration lock, taken as another instance would take it, on a connection of its own:
 * closing it releases the lock and closes the connection.
 */
final class HeldLock implements AutoCloseable {

	private final Connection connection;

	private final MigrationLock lock;

	private HeldLock(Connection connection, MigrationLock lock) {
		this.connection = connection;
		this.lock = lock;
	}

	static HeldLock take(TestDatabase db, RetortSettings settings) throws SQLException {
		Connection connection = db.connect();
		try {
			DatabasePlatform platform = DatabasePlatforms.ofProductName(connection.getMetaData().getDatabaseProductName());
			MigrationLock lock = MigrationLocks.acquire(platform, connection, db.dataSource(),
					DatabasePlatforms.renderer(connection.getMetaData()).identifiers(), settings, settings.lockTimeout());
			return new HeldLock(connection, lock);
		}
		catch (RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = this.connection) {
			this.lock.close();
		}
	}

}
