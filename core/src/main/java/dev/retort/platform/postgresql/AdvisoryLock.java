package dev.retort.platform.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import dev.retort.platform.MigrationLock;

/**
 * PostgreSQL's session advisory lock, on the migration's own connection.
 */
final class AdvisoryLock extends MigrationLock {

	private final long key;

	AdvisoryLock(Connection connection, long key) {
		super(connection, false);
		this.key = key;
	}

	@Override
	public boolean take(Duration wait) throws SQLException {
		long deadline = System.nanoTime() + wait.toNanos();
		try (PreparedStatement statement = this.connection.prepareStatement("select pg_try_advisory_lock(?)")) {
			statement.setLong(1, this.key);
			do {
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && result.getBoolean(1)) {
						return true;
					}
				}
			}
			while (System.nanoTime() < deadline && pause());
		}
		return false;
	}

	@Override
	public String holder() {
		return "Its holder shows in: select pid, application_name, backend_start from pg_stat_activity where pid in"
				+ " (select pid from pg_locks where locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = "
				+ this.key + ").";
	}

	/**
	 * Whether a session of this database holds the advisory lock of the key: a bigint key shows
	 * in {@code pg_locks} split in two halves, with {@code objsubid} 1.
	 */
	static boolean isHeld(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select exists (select 1 from pg_locks"
				+ " where locktype = 'advisory' and granted and objsubid = 1"
				+ " and database = (select oid from pg_database where datname = current_database())"
				+ " and ((classid::bigint << 32) | objid::bigint) = ?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	@Override
	protected void release() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("select pg_advisory_unlock(?)")) {
			statement.setLong(1, this.key);
			statement.executeQuery().close();
		}
	}

}
