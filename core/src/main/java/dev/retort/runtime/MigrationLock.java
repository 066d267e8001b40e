package dev.retort.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import dev.retort.RetortException;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.Identifiers;
import dev.retort.operations.ObjectName;

/**
 * The database-native lock held while migrating, which the migration's commits (and the
 * implicit commits of DDL) never release. The database releases it when the holding session
 * ends, so a process that dies leaves no lock behind: there is no lock row to clear by hand.
 * <ul>
 * <li>PostgreSQL: a session advisory lock;</li>
 * <li>MariaDB and MySQL: {@code GET_LOCK};</li>
 * <li>H2 and other databases: a row lock ({@code SELECT ... FOR UPDATE}) on a one-row table,
 * held by an open transaction.</li>
 * </ul>
 * The first two belong to the session, not to a transaction, so they can be taken on the
 * migration's own connection ({@link #acquire(Connection, DataSource, DatabaseFamily, Identifiers,
 * RetortSettings)}): opening a second connection is one of the larger fixed costs of a start-up
 * with nothing to migrate. A row lock would go with the first commit, so it always has a
 * connection of its own.
 */
abstract sealed class MigrationLock implements AutoCloseable {

	private static final long POLL_MILLIS = 100;

	final Connection connection;

	/** Whether the lock opened its connection, and so closes it. */
	private boolean ownsConnection = true;

	private MigrationLock(Connection connection) {
		this.connection = connection;
	}

	/** Takes the lock on a connection of its own, waiting up to the settings' lock timeout. */
	static MigrationLock acquire(DataSource dataSource, DatabaseFamily family, Identifiers identifiers,
			RetortSettings settings) {
		return acquire(connect(dataSource), family, identifiers, settings, settings.lockTimeout(), true);
	}

	/**
	 * Takes the lock, waiting up to {@code wait}, what is left of the settings' lock timeout: a
	 * session lock on the migration's connection, which closing the lock leaves open, or a row
	 * lock on a connection of its own.
	 */
	static MigrationLock acquire(Connection session, DataSource dataSource, DatabaseFamily family,
			Identifiers identifiers, RetortSettings settings, Duration wait) {
		boolean sessionLock = family == DatabaseFamily.POSTGRESQL || family == DatabaseFamily.MARIADB;
		return sessionLock ? acquire(session, family, identifiers, settings, wait, false)
				: acquire(connect(dataSource), family, identifiers, settings, wait, true);
	}

	private static Connection connect(DataSource dataSource) {
		try {
			return dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot connect to the database to take the migration lock: " + ex.getMessage(),
					ex);
		}
	}

	private static MigrationLock acquire(Connection connection, DatabaseFamily family, Identifiers identifiers,
			RetortSettings settings, Duration wait, boolean ownsConnection) {
		String name = lockName(connection, settings);
		MigrationLock lock = switch (family) {
			case POSTGRESQL -> new AdvisoryLock(connection, key(name));
			case MARIADB -> new NamedLock(connection, name);
			case H2, OTHER -> new RowLock(connection, settings.schema(), settings.versionTable() + "_lock",
					identifiers.qualified(new ObjectName(settings.schema(), settings.versionTable() + "_lock"), null));
		};
		lock.ownsConnection = ownsConnection;
		try {
			lock.take(wait, settings.lockTimeout());
			return lock;
		}
		catch (SQLException ex) {
			lock.closeQuietly();
			throw new RetortException("Could not take the migration lock: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			lock.closeQuietly();
			throw ex;
		}
	}

	/**
	 * Whether a session holds the lock now, asked on the caller's connection in auto-commit
	 * without waiting: for a health probe, to tell a step running in a live session from one left
	 * half-way by a session that ended.
	 */
	static boolean isHeld(Connection connection, DatabaseFamily family, Identifiers identifiers,
			RetortSettings settings) throws SQLException {
		String name = lockName(connection, settings);
		return switch (family) {
			case POSTGRESQL -> AdvisoryLock.isHeld(connection, key(name));
			case MARIADB -> NamedLock.isHeld(connection, NamedLock.shortened(name));
			case H2, OTHER -> RowLock.isHeld(connection, settings.schema(), settings.versionTable() + "_lock",
					identifiers.qualified(new ObjectName(settings.schema(), settings.versionTable() + "_lock"), null));
		};
	}

	/** One lock per schema and version table: two applications in one database don't block each other. */
	private static String lockName(Connection connection, RetortSettings settings) {
		String schema = settings.schema();
		if (schema == null) {
			try {
				schema = (connection.getSchema() != null) ? connection.getSchema() : connection.getCatalog();
			}
			catch (SQLException ex) {
				schema = "";
			}
		}
		return "retort:" + schema + "." + settings.versionTable();
	}

	private static long key(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (digest[i] & 0xff);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Takes the lock, waiting up to {@code wait}.
	 * @param timeout the lock timeout, of which {@code wait} is what is left, for the message
	 */
	abstract void take(Duration wait, Duration timeout) throws SQLException;

	abstract void release() throws SQLException;

	/** The message of a lock not taken within the timeout, whoever held it. */
	static String timedOut(Duration timeout, String holder) {
		return "Could not take the migration lock within retort.lock-timeout (" + timeout.toMillis() / 1000.0
				+ "s): another command is migrating this database (or died holding the lock, which the database frees"
				+ " when its session ends). " + holder + " Wait and retry, or raise retort.lock-timeout.";
	}

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
			closeQuietly();
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

	private void closeQuietly() {
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

	static boolean sleep() {
		try {
			Thread.sleep(POLL_MILLIS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static final class AdvisoryLock extends MigrationLock {

		private final long key;

		AdvisoryLock(Connection connection, long key) {
			super(connection);
			this.key = key;
		}

		@Override
		void take(Duration wait, Duration timeout) throws SQLException {
			long deadline = System.nanoTime() + wait.toNanos();
			try (PreparedStatement statement = this.connection.prepareStatement("select pg_try_advisory_lock(?)")) {
				statement.setLong(1, this.key);
				do {
					try (ResultSet result = statement.executeQuery()) {
						if (result.next() && result.getBoolean(1)) {
							return;
						}
					}
				}
				while (System.nanoTime() < deadline && sleep());
			}
			throw new LockTimeoutException(timedOut(timeout, "Its holder shows in: select pid, application_name, backend_start from"
					+ " pg_stat_activity where pid in (select pid from pg_locks where locktype = 'advisory' and"
					+ " ((classid::bigint << 32) | objid::bigint) = " + this.key + ")."));
		}

		/**
		 * Whether a session of this database holds the advisory lock of the key: a bigint key shows in
		 * {@code pg_locks} split in two halves, with {@code objsubid} 1.
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
		void release() throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement("select pg_advisory_unlock(?)")) {
				statement.setLong(1, this.key);
				statement.executeQuery().close();
			}
		}

	}

	static final class NamedLock extends MigrationLock {

		private final String name;

		NamedLock(Connection connection, String name) {
			super(connection);
			this.name = shortened(name);
		}

		/** GET_LOCK names are limited to 64 characters. */
		static String shortened(String name) {
			return (name.length() > 64) ? name.substring(0, 48) + Long.toHexString(key(name)) : name;
		}

		/** Whether a session holds the named lock: {@code IS_USED_LOCK} names its connection. */
		static boolean isHeld(Connection connection, String name) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement("select is_used_lock(?)")) {
				statement.setString(1, name);
				try (ResultSet result = statement.executeQuery()) {
					return result.next() && result.getObject(1) != null;
				}
			}
		}

		@Override
		void take(Duration wait, Duration timeout) throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement("select get_lock(?, ?)")) {
				statement.setString(1, this.name);
				statement.setDouble(2, Math.max(0, wait.toMillis() / 1000.0));
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && result.getInt(1) == 1) {
						return;
					}
				}
			}
			throw new LockTimeoutException(timedOut(timeout, "Its holder shows in: select is_used_lock('" + this.name + "')."));
		}

		@Override
		void release() throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement("select release_lock(?)")) {
				statement.setString(1, this.name);
				statement.executeQuery().close();
			}
		}

	}

	/**
	 * H2 has no advisory lock, and DDL commits would release a lock held in the migration's own
	 * transaction: the lock is a row lock held by the open transaction of a separate connection.
	 */
	static final class RowLock extends MigrationLock {

		private final String schema;

		private final String name;

		private final String table;

		RowLock(Connection connection, String schema, String name, String table) {
			super(connection);
			this.schema = schema;
			this.name = name;
			this.table = table;
		}

		@Override
		void take(Duration wait, Duration timeout) throws SQLException {
			ensureLockRow();
			this.connection.setAutoCommit(false);
			long deadline = System.nanoTime() + wait.toNanos();
			do {
				try (Statement statement = this.connection.createStatement()) {
					statement.setQueryTimeout((int) Math.max(1, Math.min(5, wait.toSeconds())));
					statement.executeQuery("select id from " + this.table + " where id = 1 for update").close();
					return;
				}
				catch (SQLException ex) {
					// Lock wait timed out: try again until our own deadline.
					this.connection.rollback();
				}
			}
			while (System.nanoTime() < deadline && sleep());
			throw new LockTimeoutException(timedOut(timeout, "Its holder has a transaction open on " + this.table + "."));
		}

		/**
		 * Whether a transaction holds the lock row: the row is locked for update, skipping it when
		 * it is locked already, which in auto-commit lets it go again at once. No lock row, or no
		 * lock table, means no lock was ever taken.
		 */
		static boolean isHeld(Connection connection, String schema, String name, String table) throws SQLException {
			if (!MigrationTables.exists(connection, schema, name, table)) {
				return false;
			}
			try (Statement statement = connection.createStatement()) {
				try (ResultSet free = statement.executeQuery("select id from " + table + " where id = 1 for update"
						+ " skip locked")) {
					if (free.next()) {
						return false;
					}
				}
				try (ResultSet row = statement.executeQuery("select count(*) from " + table + " where id = 1")) {
					return row.next() && row.getInt(1) > 0;
				}
			}
		}

		private void ensureLockRow() throws SQLException {
			if (!MigrationTables.exists(this.connection, this.schema, this.name, this.table)) {
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("create table " + this.table + " (id integer not null primary key)");
				}
				catch (SQLException ex) {
					// Another instance created it first.
				}
			}
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("insert into " + this.table + " (id) select 1 where not exists (select 1 from "
						+ this.table + " where id = 1)");
			}
			catch (SQLException ex) {
				// Another instance inserted it first.
			}
		}

		@Override
		void release() throws SQLException {
			this.connection.rollback();
		}

	}

}
