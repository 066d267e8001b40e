package dev.retort.runtime;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A revision's {@code ALTER TABLE} behind another session's open transaction on the table
 * (issue 20, lock timeouts): it waits at most {@code retort.ddl-lock-timeout}, not for ever
 * (queueing every later query on the table behind it), and is tried again after a pause, whole
 * where the revision is one transaction (PostgreSQL), the statement alone where DDL commits as
 * it goes (MariaDB).
 */
class LockWaitsTest {

	private static final DdlLockWaits ONE_SECOND = new DdlLockWaits(Duration.ofSeconds(1), 3);

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aStatementBehindAnotherSessionsTransactionGivesUpAndIsTriedAgainOnceTheLockIsFree(TestDatabase db)
			throws Exception {
		Retort retort = retort(db, ONE_SECOND);
		retort.upgrade("aaaa00000001");
		try (Connection holder = holdingTheTable(db)) {
			long started = System.nanoTime();
			CompletableFuture<MigrationResult> upgrade = CompletableFuture.supplyAsync(() -> retort.upgrade("head"));
			// The first wait runs out after a second, the first retry follows a second later
			Thread.sleep(1500);
			assertThat(upgrade).as("waiting for the lock").isNotDone();
			holder.commit();
			upgrade.get(30, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
		}
		assertThat(retort.current()).containsExactly("10c400000002");
		assertThat(retort.unfinished()).isEmpty();
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aLockHeldThroughEveryAttemptFailsTheRevisionKeepingNothingAndSaysWhy(TestDatabase db) throws Exception {
		Retort retort = retort(db, new DdlLockWaits(Duration.ofSeconds(1), 1));
		retort.upgrade("aaaa00000001");
		try (Connection holder = holdingTheTable(db)) {
			assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"))
				.withMessageContaining("retort.ddl-lock-timeout (PT1S), at each of 2 attempts");
			holder.commit();
		}
		assertThat(retort.current()).containsExactly("aaaa00000001");
		// Nothing of it ran: the statement that waited did nothing, and resuming runs it
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThat(retort.unfinished()).isPresent();
			retort.upgrade("10c400000002");
		}
		else {
			retort.upgrade("head");
		}
		assertThat(retort.current()).containsExactly("10c400000002");
	}

	/** The database's own wait (no limit) with a zero timeout, as before. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void withoutATimeoutTheSessionKeepsTheDatabasesOwnWait(TestDatabase db) throws Exception {
		Retort retort = retort(db, new DdlLockWaits(null, 3));
		retort.upgrade("aaaa00000001");
		try (Connection holder = holdingTheTable(db)) {
			CompletableFuture<MigrationResult> upgrade = CompletableFuture.supplyAsync(() -> retort.upgrade("head"));
			Thread.sleep(2500);
			assertThat(upgrade).as("still waiting").isNotDone();
			holder.commit();
			upgrade.get(30, TimeUnit.SECONDS);
		}
		assertThat(retort.current()).containsExactly("10c400000002");
	}

	private static Retort retort(TestDatabase db, DdlLockWaits waits) {
		return Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, AddNote.class))
			.settings(RetortSettings.defaults().withDdlLockWaits(waits))
			.build();
	}

	/** A session whose open transaction has read the table, as a long report would. */
	private static Connection holdingTheTable(TestDatabase db) throws Exception {
		Connection holder = db.connect();
		holder.setAutoCommit(false);
		try (Statement statement = holder.createStatement()) {
			statement.executeQuery("select count(*) from t_base").close();
		}
		return holder;
	}

	@Revision(id = "10c400000002", revises = "aaaa00000001", message = "A note on every row")
	public static class AddNote implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("t_base", column("note", string(20)));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("t_base", "note");
		}

	}

}
