package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.script.RevisionGraph;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A step that stopped part-way is never run again from its start, nor forgotten: where its
 * failing statement may have partly applied, only the operator's explicit choice resumes it,
 * and every other migrating command refuses while it waits.
 */
class UnfinishedStepTest {

	/** Set by a test to make the fixtures' faulty statement fail; cleared to let it pass. */
	static final AtomicBoolean FAULT = new AtomicBoolean();

	@AfterEach
	void clearFault() {
		FAULT.set(false);
	}

	@DatabaseTest
	void aCallbackThatCommittedPartOfItsWorkBeforeFailingIsNotRunAgainFromItsStart(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, CallbackFailsAfterItsInsert.class))
			.build();
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("injected fault");
		FAULT.set(false);
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			// Ran inside the revision's transaction, which rolled back: nothing of it stayed
			assertThat(count(db, "t_base")).isZero();
			assertThat(retort.unfinished()).isEmpty();
			assertThat(lastOutcome(db)).isEqualTo("upgrade a1a100000001 ROLLED_BACK 0");
			retort.upgrade("head");
			assertThat(count(db, "t_base")).isEqualTo(1);
			return;
		}
		// Auto-commit kept the callback's insert: the step is unfinished, at its first statement
		assertThat(count(db, "t_base")).isEqualTo(1);
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> {
			assertThat(step.revision()).isEqualTo("a1a100000001");
			assertThat(step.statementsDone()).isZero();
		});
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("a1a100000001")
			.withMessageContaining("statement 1")
			.withMessageContaining("may have partly applied")
			.withMessageContaining("--rerun-statement")
			.withMessageContaining("--skip-statement");
		assertThat(count(db, "t_base")).isEqualTo(1);
		assertThat(retort.current()).containsExactly("aaaa00000001");

		MigrationResult resumed = retort.upgrade("head", InterruptedStatement.SKIP);
		assertThat(resumed.to()).containsExactly("a1a100000001");
		assertThat(count(db, "t_base")).isEqualTo(1);
		assertThat(count(db, "t_after")).isZero();
		assertThat(retort.unfinished()).isEmpty();
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void aBulkInsertFailingPartWayIsResumedOnlyAsItsDatabaseAllows(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, BulkInsertFailsPartWay.class))
			.build();
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		FAULT.set(false);
		// The rows went in inside a transaction, which rolled back with the failure
		assertThat(count(db, "t_base")).isZero();
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> assertThat(step.statementsDone()).isZero());
		if (db.kind() == DatabaseKind.MARIADB) {
			// A table's engine may keep part of an insert (MyISAM): only the operator can tell
			assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("head"))
				.withMessageContaining("--rerun-statement");
			retort.upgrade("head", InterruptedStatement.RERUN);
		}
		else {
			// On H2 the insert is atomic: rerunning it is safe, and plain upgrade does
			retort.upgrade("head");
		}
		assertThat(count(db, "t_base")).isEqualTo(3);
		assertThat(retort.current()).containsExactly("b1b100000001");
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void aMultiRowInsertIntoAMyIsamTableKeepsItsFirstRowsAndIsNotRunAgainUnasked(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, MyIsamInsertFails.class))
			.build();
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		FAULT.set(false);
		assertThat(count(db, "t_myisam")).isEqualTo(2);
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("statement 2")
			.withMessageContaining("insert into t_myisam");
		assertThat(count(db, "t_myisam")).isEqualTo(2);
		// The operator undid the partial insert and asks for the statement again
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("delete from t_myisam");
		}
		retort.upgrade("head", InterruptedStatement.RERUN);
		assertThat(count(db, "t_myisam")).isEqualTo(3);
	}

	@DatabaseTest
	void aFailedStatementOfTheRevisionsOwnSqlIsRunAgainOnlyWhereTheDatabaseUndoesItWhole(TestDatabase db)
			throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		Retort fixed = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Fixed.class))
			.build();
		resumeAfterTheFix(db, fixed, "head");
		assertThat(count(db, "t_first")).isEqualTo(1);
		assertThat(fixed.unfinished()).isEmpty();
	}

	/**
	 * Resumes a step stopped at a statement of the revision's own SQL, after fixing it: H2 and
	 * PostgreSQL undo such a statement whole, so a plain upgrade reruns it; MariaDB may keep part
	 * of it (a MyISAM table), so the operator must say.
	 */
	static void resumeAfterTheFix(TestDatabase db, Retort fixed, String target) {
		if (db.kind() == DatabaseKind.MARIADB) {
			assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> fixed.upgrade(target))
				.withMessageContaining("may have partly applied")
				.withMessageContaining("retort upgrade eeee00000005 --rerun-statement");
			fixed.upgrade(target, InterruptedStatement.RERUN);
		}
		else {
			fixed.upgrade(target);
		}
	}

	@DatabaseTest
	void whileAStepIsUnfinishedEveryOtherMigratingCommandRefusesNamingIt(TestDatabase db) throws Exception {
		RevisionGraph graph = Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, Fixtures.Failing.class);
		Retort retort = Retort.builder(db.dataSource(), graph).build();
		retort.upgrade("aaaa");
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("eeee00000005"));
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			// Rolled back as a whole: nothing waits, and the other branch may go on
			assertThat(retort.upgrade("left@head").to()).containsExactly("bbbb00000002");
			return;
		}
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("left@head"))
			.withMessageContaining("eeee00000005")
			.withMessageContaining("retort upgrade eeee00000005");
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.downgrade("base"))
			.withMessageContaining("eeee00000005");
		assertThat(retort.current()).containsExactly("aaaa00000001");
		assertThat(lastOutcome(db)).isEqualTo("upgrade eeee00000005 FAILED 1");

		// The one way on: resuming the unfinished step itself, here once fixed
		Retort fixed = Retort.builder(db.dataSource(),
				Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, Fixtures.Fixed.class))
			.build();
		resumeAfterTheFix(db, fixed, "eeee00000005");
		assertThat(count(db, "t_first")).isEqualTo(1);
		assertThat(fixed.upgrade("heads").to()).containsExactlyInAnyOrder("bbbb00000002", "eeee00000005");
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void anUnfinishedStepIsFoundBehindNewerRowsThatAnEarlierVersionWrote(TestDatabase db) throws Exception {
		RevisionGraph graph = Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, Fixtures.Failing.class);
		Retort retort = Retort.builder(db.dataSource(), graph).build();
		retort.upgrade("aaaa");
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("eeee00000005"));
		// As an earlier Retort let happen: another branch recorded after the unfinished step
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table t_left (id integer primary key, name varchar(50))");
			statement.execute("insert into retort_version (version_num) values ('bbbb00000002')");
			statement.execute("insert into retort_history (id, revision, direction, started_at, outcome,"
					+ " statements_done) values (100, 'bbbb00000002', 'upgrade', current_timestamp, 'SUCCESS', 1)");
		}
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> {
			assertThat(step.revision()).isEqualTo("eeee00000005");
			assertThat(step.statementsDone()).isEqualTo(1);
		});
		Retort fixed = Retort.builder(db.dataSource(),
				Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, Fixtures.Fixed.class))
			.build();
		resumeAfterTheFix(db, fixed, "eeee00000005");
		assertThat(count(db, "t_first")).isEqualTo(1);
		assertThat(fixed.current()).containsExactlyInAnyOrder("bbbb00000002", "eeee00000005");
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void aStampOverAnUnfinishedStepSettlesIt(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		retort.stamp(List.of("aaaa00000001"), false, false);
		assertThat(retort.unfinished()).isEmpty();
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> retort.upgrade("head", InterruptedStatement.SKIP))
			.withMessageContaining("no step is unfinished");
	}

	@DatabaseTest
	void anErrorThrownByARevisionsCodeStillRecordsHowFarItsStepGot(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, ErrorAfterItsFirstStatement.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("an error, not an exception");
		assertThat(retort.current()).containsExactly("aaaa00000001");
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(retort.unfinished()).isEmpty();
			return;
		}
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> {
			assertThat(step.revision()).isEqualTo("c1c100000001");
			assertThat(step.statementsDone()).isEqualTo(1);
		});
	}

	@DatabaseTest
	void aLastStatementEndingInALineCommentRuns(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, EndsInALineComment.class))
			.build();
		retort.upgrade("head");
		assertThat(count(db, "t_base")).isEqualTo(1);
		assertThat(retort.current()).containsExactly("d1d100000001");
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void oneTransactionForTheRunRefusesARevisionThatRunsOutsideTransactions(TestDatabase db) throws Exception {
		RetortSettings settings = RetortSettings.defaults().withTransactionPerRevision(false);
		Retort retort = Retort.builder(db.dataSource(),
				Fixtures.graph(Fixtures.Base.class, NonTransactional.class, FailsAfterTheNonTransactional.class))
			.settings(settings)
			.build();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("e1e100000001")
			.withMessageContaining("transactional = false")
			.withMessageContaining("retort.transaction-per-revision");
		assertThat(retort.current()).isEmpty();
		assertThat(count(db, "retort_history")).isZero();
	}

	static int count(TestDatabase db, String table) throws SQLException {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	static String lastOutcome(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect();
				PreparedStatement statement = connection.prepareStatement(
						"select direction, revision, outcome, statements_done from retort_history order by id desc")) {
			statement.setMaxRows(1);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getInt(4);
			}
		}
	}

	static List<Integer> ids(TestDatabase db, String table) throws SQLException {
		List<Integer> ids = new ArrayList<>();
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from " + table + " order by id")) {
			while (rows.next()) {
				ids.add(rows.getInt(1));
			}
		}
		return ids;
	}

	/** A data fix whose Java inserts a row in auto-commit, then fails (while {@link #FAULT} is set). */
	@Revision(id = "a1a100000001", revises = "aaaa00000001", message = "Callback fails after its insert")
	public static class CallbackFailsAfterItsInsert implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.withConnection("insert a row, then fail", (connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("insert into t_base (id, name) values (1, 'fix')");
				}
				if (FAULT.get()) {
					throw new SQLException("injected fault after the insert");
				}
			});
			op.createTable("t_after", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_after");
			op.sql("delete from t_base where id = 1");
		}

	}

	/** Inserts three rows in one batch; the third breaks the key while {@link #FAULT} is set. */
	@Revision(id = "b1b100000001", revises = "aaaa00000001", message = "Bulk insert fails part-way")
	public static class BulkInsertFailsPartWay implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.bulkInsert("t_base", List.of(Map.of("id", 1), Map.of("id", 2), Map.of("id", FAULT.get() ? 1 : 3)));
		}

		@Override
		public void downgrade(Operations op) {
			op.sql("delete from t_base");
		}

	}

	/** MariaDB: a MyISAM table keeps the rows of a multi-row insert before the one that fails. */
	@Revision(id = "b2b200000001", revises = "aaaa00000001", message = "MyISAM insert fails part-way")
	public static class MyIsamInsertFails implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table t_myisam (id integer primary key) engine = MyISAM");
			op.sql("insert into t_myisam values (1), (2), (" + (FAULT.get() ? 1 : 3) + ")");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_myisam");
		}

	}

	/** Creates a table, then its Java throws an {@code Error}, not an exception. */
	@Revision(id = "c1c100000001", revises = "aaaa00000001", message = "Throws an error after a statement")
	public static class ErrorAfterItsFirstStatement implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_first", column("id", integer()).primaryKey());
			op.withConnection("throw an error", (connection) -> {
				throw new AssertionError("an error, not an exception");
			});
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_first");
		}

	}

	/** Its last statement ends in a line comment. */
	@Revision(id = "d1d100000001", revises = "aaaa00000001", message = "Ends in a line comment")
	public static class EndsInALineComment implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("insert into t_base (id, name) values (1, 'commented') -- the one row");
		}

		@Override
		public void downgrade(Operations op) {
			op.sql("delete from t_base where id = 1 -- the one row");
		}

	}

	@Revision(id = "e1e100000001", revises = "aaaa00000001", message = "Runs outside transactions",
			transactional = false)
	public static class NonTransactional implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_outside", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_outside");
		}

	}

	@Revision(id = "e1e100000002", revises = "e1e100000001", message = "Fails after the non-transactional one")
	public static class FailsAfterTheNonTransactional implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("insert into t_no_such_table values (1)");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
