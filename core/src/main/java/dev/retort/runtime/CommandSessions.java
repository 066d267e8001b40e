package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import dev.retort.RetortException;
import dev.retort.ddl.SqlRenderer;
import dev.retort.platform.DatabasePlatform;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.platform.MigrationLock;
import dev.retort.script.RevisionGraph;

/**
 * Where a command's work runs: a connection of the DataSource, set up as a migration needs it,
 * and for the commands that change the database, under the migration lock, with the schema and
 * the lock waits of the settings set on the connection and undone after. Holds what every
 * command of one {@link Retort} shares: its own commands' order, and the database's renderer.
 */
final class CommandSessions {

	private final DataSource dataSource;

	private final RevisionGraph graph;

	private final RetortSettings settings;

	/** Orders this instance's own migrating commands, fairly: see {@link #awaitOwnCommands()}. */
	private final ReentrantLock commands = new ReentrantLock(true);

	/**
	 * The SQL of the database behind the DataSource, resolved by the first command that needs it:
	 * building Hibernate's dialect asks the database several questions, which every later command
	 * (the start-up check above all) would otherwise ask again.
	 */
	private volatile SqlRenderer renderer;

	CommandSessions(DataSource dataSource, RevisionGraph graph, RetortSettings settings) {
		this.dataSource = dataSource;
		this.graph = graph;
		this.settings = settings;
	}

	private CommandSession session(Connection connection) throws SQLException {
		DatabasePlatform platform = DatabasePlatforms.ofProductName(connection.getMetaData().getDatabaseProductName());
		return new CommandSession(connection, platform, () -> renderer(connection), this.graph, this.settings);
	}

	/**
	 * Runs the work under the migration lock, after {@code beforeLock} on the same connection
	 * (a second connection would cost a start-up with nothing to do as much as the rest), unless
	 * {@code beforeLock} has the answer already.
	 */
	<T> T withLock(SessionWork<T> beforeLock, SessionWork<T> work) {
		long deadline = System.nanoTime() + this.settings.lockTimeout().toNanos();
		awaitOwnCommands();
		try {
			return withDatabaseLock(beforeLock, work, deadline);
		}
		finally {
			this.commands.unlock();
		}
	}

	/**
	 * Waits, up to the lock timeout, for the commands of this instance that run already; the
	 * database's lock then gets what is left of the timeout, so that a caller waits the timeout
	 * at most, in all. Each
	 * command holds two connections, its own and the lock's; were the waiting ones to take theirs
	 * first, a pool with fewer connections than twice the callers (eight HTTP clients on a pool of
	 * ten) would be emptied by waiters, and the one that holds the lock could not get its own.
	 */
	private void awaitOwnCommands() {
		Duration timeout = this.settings.lockTimeout();
		try {
			if (this.commands.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetortException("Interrupted while waiting for the migration lock", ex);
		}
		throw new LockTimeoutException(MigrationLocks.timedOut(timeout,
				"The holder is another command of this application."));
	}

	private <T> T withDatabaseLock(SessionWork<T> beforeLock, SessionWork<T> work, long deadline) {
		try (Connection connection = connect()) {
			CommandSession session = session(connection);
			connection.setAutoCommit(true);
			T answer = beforeLock.run(session);
			if (answer != null) {
				return answer;
			}
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			try (MigrationLock lock = MigrationLocks.acquire(session.platform(), connection, this.dataSource,
					session.renderer().identifiers(), this.settings, left)) {
				connection.setAutoCommit(true);
				try (DatabasePlatform.SessionRestore watched = session.platform().prepareSession(connection);
						DatabasePlatform.SessionRestore schema = session.platform().useSchema(connection, session.schemaSql());
						DatabasePlatform.SessionRestore waits = limitLockWaits(session.platform(), connection);
						DatabasePlatform.SessionRestore runs = limitStatementTime(session.platform(), connection);
						AutoCommitRestored restored = new AutoCommitRestored(connection)) {
					session.tables().create(connection);
					return work.run(session);
				}
			}
		}
		catch (SQLException ex) {
			throw new RetortException("Database error while migrating: " + ex.getMessage(), ex);
		}
	}

	private DatabasePlatform.SessionRestore limitLockWaits(DatabasePlatform platform, Connection connection)
			throws SQLException {
		Duration timeout = this.settings.ddlLockWaits().timeout();
		return (timeout != null) ? platform.limitLockWaits(connection, timeout) : DatabasePlatform.SessionRestore.NONE;
	}

	private DatabasePlatform.SessionRestore limitStatementTime(DatabasePlatform platform, Connection connection)
			throws SQLException {
		Duration timeout = this.settings.statementTimeout();
		return (timeout != null) ? platform.limitStatementTime(connection, timeout)
				: DatabasePlatform.SessionRestore.NONE;
	}

	<T> T withConnection(SessionWork<T> work) {
		try (Connection connection = connect()) {
			connection.setAutoCommit(true);
			return work.run(session(connection));
		}
		catch (SQLException ex) {
			throw new RetortException("Database error: " + ex.getMessage(), ex);
		}
	}

	private SqlRenderer renderer(Connection connection) {
		SqlRenderer resolved = this.renderer;
		if (resolved == null) {
			try {
				resolved = DatabasePlatforms.renderer(connection.getMetaData());
			}
			catch (SQLException ex) {
				throw new RetortException("Database error while resolving its SQL dialect: " + ex.getMessage(), ex);
			}
			this.renderer = resolved;
		}
		return resolved;
	}

	private Connection connect() {
		try {
			return this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw RetortException.cannotConnect(ex.getMessage(), ex);
		}
	}

	/**
	 * Leaves the connection in auto-commit, rolling back what a failed step left open, before
	 * what was set on its session for the run is undone and it goes back to the pool.
	 */
	private record AutoCommitRestored(Connection connection) implements AutoCloseable {

		@Override
		public void close() throws SQLException {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
				this.connection.setAutoCommit(true);
			}
		}

	}

	/** A command's work on its session. */
	@FunctionalInterface
	interface SessionWork<T> {

		T run(CommandSession session) throws SQLException;

	}

}
