package dev.retort.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A row lock ({@code SELECT ... FOR UPDATE}) on a one-row table, held by the open transaction of
 * a connection of its own: for databases without a session lock (H2 and those Retort has not
 * been tested on), where DDL commits would release a lock held in the migration's own
 * transaction.
 */
public final class RowLock extends MigrationLock {

	private final LockTarget target;

	public RowLock(Connection connection, LockTarget target) {
		super(connection, true);
		this.target = target;
	}

	@Override
	public boolean take(Duration wait) throws SQLException {
		ensureLockRow();
		this.connection.setAutoCommit(false);
		// H2 keeps a statement's query timeout as its session's: the connection goes back to its
		// pool with the timeout it came with
		int sessionTimeout;
		try (Statement probe = this.connection.createStatement()) {
			sessionTimeout = probe.getQueryTimeout();
		}
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			do {
				try (Statement statement = this.connection.createStatement()) {
					statement.setQueryTimeout((int) Math.max(1, Math.min(5, wait.toSeconds())));
					statement.executeQuery("select id from " + this.target.tableSql() + " where id = 1 for update")
						.close();
					return true;
				}
				catch (SQLException ex) {
					// Lock wait timed out: try again until our own deadline.
					this.connection.rollback();
				}
			}
			while (System.nanoTime() < deadline && pause());
			return false;
		}
		finally {
			try (Statement reset = this.connection.createStatement()) {
				reset.setQueryTimeout(sessionTimeout);
			}
		}
	}

	@Override
	public String holder() {
		return "Its holder has a transaction open on " + this.target.tableSql() + ".";
	}

	/**
	 * Whether a transaction holds the lock row: the row is locked for update, skipping it when
	 * it is locked already, which in auto-commit lets it go again at once. No lock row, or no
	 * lock table, means no lock was ever taken.
	 */
	public static boolean isHeld(Connection connection, LockTarget target) throws SQLException {
		if (!exists(connection, target)) {
			return false;
		}
		try (Statement statement = connection.createStatement()) {
			try (ResultSet free = statement.executeQuery("select id from " + target.tableSql() + " where id = 1 for update"
					+ " skip locked")) {
				if (free.next()) {
					return false;
				}
			}
			try (ResultSet row = statement.executeQuery("select count(*) from " + target.tableSql() + " where id = 1")) {
				return row.next() && row.getInt(1) > 0;
			}
		}
	}

	private static boolean exists(Connection connection, LockTarget target) throws SQLException {
		return TableProbe.exists(connection, target.table().schema(), target.table().name(), target.tableSql());
	}

	private void ensureLockRow() throws SQLException {
		if (!exists(this.connection, this.target)) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("create table " + this.target.tableSql() + " (id integer not null primary key)");
			}
			catch (SQLException ex) {
				// Another instance created it first.
			}
		}
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("insert into " + this.target.tableSql() + " (id) select 1 where not exists (select 1 from "
					+ this.target.tableSql() + " where id = 1)");
		}
		catch (SQLException ex) {
			// Another instance inserted it first.
		}
	}

	@Override
	protected void release() throws SQLException {
		this.connection.rollback();
	}

}
