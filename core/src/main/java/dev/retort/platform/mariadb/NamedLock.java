package dev.retort.platform.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import dev.retort.platform.LockTarget;
import dev.retort.platform.MigrationLock;

/**
 * MariaDB's and MySQL's {@code GET_LOCK}, on the migration's own connection.
 */
final class NamedLock extends MigrationLock {

	private final String name;

	NamedLock(Connection connection, LockTarget target) {
		super(connection, false);
		this.name = shortened(target);
	}

	/** GET_LOCK names are limited to 64 characters. */
	static String shortened(LockTarget target) {
		String name = target.name();
		return (name.length() > 64) ? name.substring(0, 48) + Long.toHexString(target.key()) : name;
	}

	@Override
	public boolean take(Duration wait) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("select get_lock(?, ?)")) {
			statement.setString(1, this.name);
			statement.setDouble(2, Math.max(0, wait.toMillis() / 1000.0));
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getInt(1) == 1;
			}
		}
	}

	@Override
	public String holder() {
		return "Its holder shows in: select is_used_lock('" + this.name + "').";
	}

	/** Whether a session holds the named lock: {@code IS_USED_LOCK} names its connection. */
	static boolean isHeld(Connection connection, LockTarget target) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select is_used_lock(?)")) {
			statement.setString(1, shortened(target));
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getObject(1) != null;
			}
		}
	}

	@Override
	protected void release() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("select release_lock(?)")) {
			statement.setString(1, this.name);
			statement.executeQuery().close();
		}
	}

}
