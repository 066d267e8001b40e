package dev.retort.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.dialect.Dialect;

import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.autogenerate.schema.Table;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.operations.types.ColumnType;

/**
 * Everything Retort does differently on one database: how its SQL is written and its catalog
 * read, whether its DDL takes part in transactions, which statements leave nothing behind when
 * they fail, how the migration's connection is pointed at a schema and locked, and what else its
 * sessions need while migrating. One implementation per database, each in a package of its own
 * with its renderer and schema reader ({@code postgresql}, {@code mariadb}, {@code h2}, and
 * {@code generic} on any other Hibernate dialect): shared code asks the platform, never the
 * database's name. {@link DatabasePlatforms} finds the platform of a connection or a dialect.
 */
public interface DatabasePlatform {

	DatabaseFamily family();

	/**
	 * The renderer of this database's SQL.
	 * @param dialect Hibernate's dialect of the database, with its version
	 */
	SqlRenderer renderer(Dialect dialect);

	/**
	 * The dialect an offline script is rendered on, when no database can be asked its version.
	 * @throws dev.retort.RetortException where no dialect can be assumed (an unknown database)
	 */
	Dialect offlineDialect();

	/** Reads tables from this database's catalog, for autogenerate. */
	SchemaReader schemaReader();

	/**
	 * The schema a connection works in, as the catalog names it; {@code null} for none. On
	 * MariaDB, whose schemas are databases, the connection's catalog.
	 */
	default String currentSchema(Connection connection) throws SQLException {
		return connection.getSchema();
	}

	/**
	 * A column type as this database compares it, for autogenerate: types the database stores
	 * alike become one. By default the type as it is.
	 */
	default ColumnType comparable(ColumnType type) {
		return type;
	}

	/**
	 * Whether a check constraint's name is one the database made up for a check created without
	 * a name (Hibernate names none), so that autogenerate compares such a check by its condition
	 * and not by its name. By default no name is.
	 * @param table the table as read, with its columns
	 * @param name the check's name as the catalog gives it
	 */
	default boolean isGeneratedCheckName(Table table, String name) {
		return false;
	}

	/**
	 * Whether DDL takes part in transactions, so that a revision and its bookkeeping can commit
	 * (or roll back) as one.
	 */
	boolean transactionalDdl();

	/**
	 * Whether a statement run in auto-commit is known to leave nothing of itself when it fails
	 * or its process dies, so that running it again is safe. A statement that may have partly
	 * applied (Java code in auto-commit, a multi-row insert into a table that keeps part of it)
	 * is resumed only on the operator's explicit choice.
	 * @param operation what the statement was rendered from
	 * @param statement the statement
	 */
	boolean isAtomic(Operation operation, RenderedStep statement);

	/**
	 * Points the connection at the schema for the migration's run, so that a revision's own SQL
	 * and Java see the same unqualified names as its structured operations, and returns what
	 * points it back.
	 * @param schema the schema's name as SQL (quoted as the renderer quotes it), or {@code null}
	 * to leave the connection's
	 */
	SessionRestore useSchema(Connection connection, String schema) throws SQLException;

	/**
	 * The statement that points a session at the schema, for an offline script, which runs in
	 * a session of its own; {@code null} where the database has none.
	 * @param schema the schema's name as SQL
	 */
	String useSchemaSql(String schema);

	/**
	 * Limits how long the session's statements wait for a lock another session holds, and
	 * returns what sets the limit back; by default nothing (the database's own wait).
	 * @param timeout the longest wait
	 */
	default SessionRestore limitLockWaits(Connection connection, java.time.Duration timeout) throws SQLException {
		return SessionRestore.NONE;
	}

	/**
	 * Whether the failure is a statement's wait for a lock that ran out (see
	 * {@link #limitLockWaits}): the statement did nothing and may be tried again.
	 */
	default boolean isLockNotGranted(SQLException error) {
		return false;
	}

	/**
	 * The rules of this database's own hazards, beside the shared ones; none by default.
	 */
	default java.util.List<dev.retort.lint.LintRule> lintRules() {
		return java.util.List.of();
	}

	/**
	 * How many rows each table holds, as the catalog estimates them; by default nothing is known,
	 * and lint says so.
	 * @param schema the schema of unqualified names; {@code null} for the connection's
	 */
	default dev.retort.lint.TableSizes tableSizes(Connection connection, String schema) throws SQLException {
		return dev.retort.lint.TableSizes.UNKNOWN;
	}

	/**
	 * Limits how long each of the session's statements may run before the database cancels it,
	 * and returns what sets the limit back; by default nothing (the database's own limit).
	 * @param timeout the longest run
	 */
	default SessionRestore limitStatementTime(Connection connection, java.time.Duration timeout)
			throws SQLException {
		return SessionRestore.NONE;
	}

	/**
	 * Whether the failure is a statement the database cancelled because it ran longer than
	 * {@link #limitStatementTime} allows.
	 */
	default boolean isStatementTimedOut(SQLException error) {
		return false;
	}

	/**
	 * What to do about a failure that says more about the database's limits than about the
	 * revision, in a sentence or two to follow the database's message; {@code null} for none.
	 * @param error what a statement failed with
	 * @param inTransaction whether the statement ran in the revision's transaction
	 */
	default String adviceOn(SQLException error, boolean inTransaction) {
		return null;
	}

	/**
	 * Prepares the migration's session for a run that holds the migration lock, and returns
	 * what undoes that once the lock is released; by default nothing.
	 */
	default SessionRestore prepareSession(Connection connection) {
		return SessionRestore.NONE;
	}

	/**
	 * The migration lock, not taken yet: a session lock on the migration's own connection, or a
	 * row lock on a connection of its own, opened from the DataSource (see {@link MigrationLock}).
	 * By default a {@link RowLock}, which any database with {@code SELECT ... FOR UPDATE} takes.
	 */
	default MigrationLock migrationLock(Connection session, DataSource dataSource, LockTarget target)
			throws SQLException {
		return new RowLock(dataSource.getConnection(), target);
	}

	/**
	 * Whether a session holds the migration lock now, asked on the caller's connection in
	 * auto-commit without waiting: to tell a step running in a live session from one left
	 * half-way by a session that ended.
	 */
	default boolean isMigrationLockHeld(Connection connection, LockTarget target) throws SQLException {
		return RowLock.isHeld(connection, target);
	}

	/**
	 * Whether the database lives in this process's memory, so that nothing of it outlives a
	 * crash and no row needs to show a step running.
	 */
	default boolean diesWithProcess(Connection connection) throws SQLException {
		return false;
	}

	/**
	 * Sets back what a {@link DatabasePlatform} set on a connection for a run (its schema, its
	 * lock waits, what it watches), before the connection goes back to its pool.
	 */
	@FunctionalInterface
	interface SessionRestore extends AutoCloseable {

		SessionRestore NONE = () -> {
		};

		@Override
		void close() throws SQLException;

	}

}
