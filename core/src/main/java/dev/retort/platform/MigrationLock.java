package dev.retort.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The database-native lock held while migrating, which the migration's commits (and the
 * implicit commits of DDL) never release. The database releases it when the holding session
 * ends, so a process that dies leaves no lock behind: there is no lock row to clear by hand.
 * Each {@link DatabasePlatform} says which kind its database takes: a session lock, taken on
 * the migration's own connection (opening a second connection is one of the larger fixed costs
 * of a start-up with nothing to migrate), or a row lock held by an open transaction, which the
 * migration's first commit would end, and so always on a connection of its own.
 */
public abstract class MigrationLock implements AutoCloseable {

	private static final long POLL_MILLIS = 100;

	protected final Connection connection;

	/** Whether the lock opened its connection, and so closes it. */
	private final boolean ownsConnection;

	protected MigrationLock(Connection connection, boolean ownsConnection) {
		this.connection = connection;
		this.ownsConnection = ownsConnection;
	}

	/**
	 * Takes the lock, waiting up to {@code wait}.
	 * @return whether it was taken
	 */
	public abstract boolean take(Duration wait) throws SQLException;

	/** How an operator finds the lock's holder, for the message of a lock not taken. */
	public abstract String holder();

	protected abstract void release() throws SQLException;

	/** Releases the lock, and closes its connection if it opened one. */
	@Override
	public void close() {
		try {
			release();
		}
		catch (SQLException ex) {
			if (!this.ownsConnection) {
				releaseAfterRollback();
			}
			// Otherwise the session's end releases the lock anyway.
		}
		finally {
			closeConnection();
		}
	}

	/**
	 * A session lock outlives the connection's return to a pool: when a failed transaction left
	 * the connection unable to run the release, roll it back and release again.
	 */
	private void releaseAfterRollback() {
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
			release();
		}
		catch (SQLException ex) {
			// Nothing more can be done on this connection; its session's end releases the lock.
		}
	}

	private void closeConnection() {
		if (!this.ownsConnection) {
			return;
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// Nothing more to release.
		}
	}

	/** Waits before the next try; {@code false} when interrupted. */
	protected static boolean pause() {
		try {
			Thread.sleep(POLL_MILLIS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
