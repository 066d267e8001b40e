package dev.retort.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What PostgreSQL's lint rules claim, shown on the database: while the risky statement runs, a
 * second session's write (or read) waits behind it (here: gives up after its lock_timeout), and
 * while the safer way runs, the same write goes through.
 */
class PostgreSqlLockHazardsTest {

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void anIndexBuiltPlainlyBlocksWritesAndOneBuiltConcurrentlyDoesNot(TestDatabase db) throws Exception {
		table(db);
		// index-blocks-writes: the build (held open in its transaction, as a long build would be)
		try (Connection migration = db.connect()) {
			migration.setAutoCommit(false);
			execute(migration, "create index ix_hazard_name on t_hazard (name)");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> write(db))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			migration.rollback();
		}
		// The safer way: CONCURRENTLY, kept waiting by an old transaction as a long build is kept busy
		try (Connection reader = db.connect(); Connection migration = db.connect()) {
			reader.setAutoCommit(false);
			execute(reader, "select count(*) from t_hazard");
			CompletableFuture<Void> build = CompletableFuture.runAsync(() -> {
				try {
					execute(migration, "create index concurrently ix_hazard_name on t_hazard (name)");
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Thread.sleep(300);
			assertThat(build).as("the concurrent build, still running").isNotDone();
			write(db);
			reader.commit();
			build.get(30, TimeUnit.SECONDS);
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void setNotNullBlocksReadsAndAValidatedCheckDoesNot(TestDatabase db) throws Exception {
		table(db);
		// set-not-null-scans: ACCESS EXCLUSIVE, not even a read goes through
		try (Connection migration = db.connect()) {
			migration.setAutoCommit(false);
			execute(migration, "alter table t_hazard alter column name set not null");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> read(db))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			migration.rollback();
		}
		// The safer way: a check added NOT VALID, then validated while reads and writes go on
		try (Connection migration = db.connect()) {
			execute(migration, "alter table t_hazard add constraint ck_hazard_name check (name is not null) not valid");
			migration.setAutoCommit(false);
			execute(migration, "alter table t_hazard validate constraint ck_hazard_name");
			read(db);
			write(db);
			migration.commit();
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aForeignKeyAddedPlainlyBlocksWritesAndOneAddedNotValidThenValidatedDoesNot(TestDatabase db)
			throws Exception {
		table(db);
		try (Connection connection = db.connect()) {
			execute(connection, "create table t_parent (id int primary key)");
			execute(connection, "insert into t_parent select i from generate_series(1, 1000) i");
			execute(connection, "alter table t_hazard add column parent_id int");
			execute(connection, "update t_hazard set parent_id = id");
		}
		// constraint-validates: the check of every row, under a lock that stops writes
		try (Connection migration = db.connect()) {
			migration.setAutoCommit(false);
			execute(migration, "alter table t_hazard add constraint fk_hazard_parent foreign key (parent_id)"
					+ " references t_parent (id)");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> write(db))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			migration.rollback();
		}
		// The safer way: NOT VALID (no check of the rows there), then VALIDATE beside the writes
		try (Connection migration = db.connect()) {
			execute(migration, "alter table t_hazard add constraint fk_hazard_parent foreign key (parent_id)"
					+ " references t_parent (id) not valid");
			migration.setAutoCommit(false);
			execute(migration, "alter table t_hazard validate constraint fk_hazard_parent");
			write(db);
			migration.commit();
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aUniqueConstraintAddedPlainlyBlocksWritesAndOneOverAConcurrentIndexDoesNot(TestDatabase db)
			throws Exception {
		table(db);
		// unique-blocks-writes: the constraint's index built while writes wait
		try (Connection migration = db.connect()) {
			migration.setAutoCommit(false);
			execute(migration, "alter table t_hazard add constraint uq_hazard_name unique (name)");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> write(db))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			migration.rollback();
		}
		// The safer way: the index built concurrently (writes go on, as shown above), then taken over
		try (Connection migration = db.connect()) {
			execute(migration, "create unique index concurrently ix_hazard_name on t_hazard (name)");
			migration.setAutoCommit(false);
			execute(migration, "alter table t_hazard add constraint uq_hazard_name unique using index ix_hazard_name");
			migration.commit();
			write(db);
		}
	}

	/** type-change-rewrites: a rewrite gives the table new storage; an in-place change does not. */
	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aTypeChangeRewritesTheTableUnlessItIsInPlace(TestDatabase db) throws Exception {
		table(db);
		try (Connection connection = db.connect()) {
			long storage = storage(connection);
			execute(connection, "alter table t_hazard alter column name type varchar(80)");
			execute(connection, "alter table t_hazard alter column name type text");
			assertThat(storage(connection)).as("a longer varchar, then text: in place").isEqualTo(storage);
			execute(connection, "alter table t_hazard alter column id type bigint");
			assertThat(storage(connection)).as("int to bigint: rewritten").isNotEqualTo(storage);
		}
	}

	private static long storage(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				java.sql.ResultSet file = statement.executeQuery("select pg_relation_filenode('t_hazard')")) {
			file.next();
			return file.getLong(1);
		}
	}

	private static void table(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			execute(connection, "create table t_hazard (id serial primary key, name varchar(50))");
			execute(connection, "insert into t_hazard (name) select 'n' || i from generate_series(1, 1000) i");
		}
	}

	/** The application's write, which waits at most half a second for its lock. */
	private static void write(TestDatabase db) throws SQLException {
		try (Connection application = db.connect()) {
			execute(application, "set lock_timeout = '500ms'");
			execute(application, "insert into t_hazard (name) values ('written')");
		}
	}

	private static void read(TestDatabase db) throws SQLException {
		try (Connection application = db.connect()) {
			execute(application, "set lock_timeout = '500ms'");
			execute(application, "select count(*) from t_hazard");
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
