package dev.retort.runtime;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.script.RevisionGraph;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A hostile review of the runtime's promises on failures, resumption and the run's schema, as a
 * user with production data would meet them: downgrades that stop half-way in a branched graph,
 * revisions changed before a resume, a history an earlier Retort wrote, a pool whose connections
 * outlive the command, a live process's step.
 */
class RuntimeReviewTest {

	/** Set by a test to make a fixture's faulty statement fail; cleared to let it pass. */
	static final AtomicBoolean FAULT = new AtomicBoolean();

	/** Holds a revision's Java (and so its step, and the migration lock) until counted down. */
	static volatile CountDownLatch release = new CountDownLatch(0);

	/** Counted down once the holding revision's Java runs. */
	static volatile CountDownLatch running = new CountDownLatch(1);

	private static final Pattern RESUME = Pattern.compile("run 'retort (upgrade|downgrade) (\\S+)'");

	@AfterEach
	void clearFault() {
		FAULT.set(false);
		release.countDown();
	}

	// --- Downgrades that stop half-way, in a branched graph ---

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void aMergeWhoseDowngradeStoppedHalfWayResumesWithTheTargetItsMessageNames(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class,
				Fixtures.Right.class, MergeFailingDown.class))
			.build();
		retort.upgrade("heads");
		assertThat(retort.current()).containsExactly("9d9d00000004");
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.downgrade("aaaa00000001"));
		FAULT.set(false);
		UnfinishedStep step = retort.unfinished().orElseThrow();
		assertThat(step.revision()).isEqualTo("9d9d00000004");
		String[] resume = resumeCommand(step);
		assertThat(resume[0]).isEqualTo("downgrade");
		// The operator follows the message (choosing to run the statement again)
		assertThatCode(() -> retort.downgrade(resume[1], InterruptedStatement.RERUN)).doesNotThrowAnyException();
		assertThat(retort.unfinished()).isEmpty();
		assertThat(retort.current()).doesNotContain("9d9d00000004");
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void oneOfTwoBranchesWhoseDowngradeStoppedHalfWayResumesWithTheTargetItsMessageNames(TestDatabase db)
			throws Exception {
		Retort retort = Retort.builder(db.dataSource(),
				Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, BranchFailingDown.class))
			.build();
		retort.upgrade("heads");
		assertThat(retort.current()).containsExactlyInAnyOrder("bbbb00000002", "9b9b00000002");
		FAULT.set(true);
		// Takes both branches off; the failing one's downgrade stops half-way
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.downgrade("aaaa00000001"));
		FAULT.set(false);
		UnfinishedStep step = retort.unfinished().orElseThrow();
		assertThat(step.revision()).isEqualTo("9b9b00000002");
		String[] resume = resumeCommand(step);
		assertThatCode(() -> retort.downgrade(resume[1], InterruptedStatement.RERUN)).doesNotThrowAnyException();
		assertThat(retort.unfinished()).isEmpty();
		assertThat(retort.current()).doesNotContain("9b9b00000002");
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void theFirstRevisionsDowngradeStoppedHalfWayResumesWithTheTargetItsMessageNames(TestDatabase db)
			throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(FirstFailingDown.class)).build();
		retort.upgrade("head");
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.downgrade("base"));
		FAULT.set(false);
		String[] resume = resumeCommand(retort.unfinished().orElseThrow());
		// Other migrations wait for it
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("head"));
		retort.downgrade(resume[1], InterruptedStatement.RERUN);
		assertThat(retort.current()).isEmpty();
		assertThat(retort.unfinished()).isEmpty();
		assertThat(UnfinishedStepTest.count(db, "retort_version")).isZero();
	}

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void aMergeWhoseUpgradeStoppedHalfWayResumesAndHoldsTheBranchesBack(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class,
				Fixtures.Right.class, MergeFailingUp.class))
			.build();
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("heads"));
		FAULT.set(false);
		assertThat(retort.current()).containsExactlyInAnyOrder("bbbb00000002", "cccc00000003");
		UnfinishedStep step = retort.unfinished().orElseThrow();
		assertThat(step.revision()).isEqualTo("9d9d00000005");
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.downgrade("cccc00000003-1"));
		String[] resume = resumeCommand(step);
		retort.upgrade(resume[1], InterruptedStatement.RERUN);
		assertThat(retort.current()).containsExactly("9d9d00000005");
		assertThat(UnfinishedStepTest.count(db, "t_mu")).isOne();
	}

	/** The command {@link Retort#describe} tells the operator to run: its verb and target. */
	private static String[] resumeCommand(UnfinishedStep step) {
		Matcher matcher = RESUME.matcher(Retort.describe(step));
		assertThat(matcher.find()).as(Retort.describe(step)).isTrue();
		return new String[] { matcher.group(1), matcher.group(2) };
	}

	// --- A resume whose revision changed ---

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aStepResumedAfterItsRevisionWasMadeTransactionalDoesNotRunItsCompletedStatementsAgain(TestDatabase db)
			throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, OutsideFailing.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> assertThat(step.statementsDone()).isEqualTo(1));
		// The operator fixes the statement, and drops transactional = false on the way
		Retort fixed = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, InsideFixed.class)).build();
		assertThatCode(() -> fixed.upgrade("head")).doesNotThrowAnyException();
		assertThat(UnfinishedStepTest.count(db, "t_c1")).isEqualTo(1);
		assertThat(fixed.unfinished()).isEmpty();
	}

	@DatabaseTest
	void aResumedStepRecordsTheChecksumOfTheRevisionThatFinishedIt(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		Retort fixed = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Fixed.class))
			.settings(RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL))
			.build();
		UnfinishedStepTest.resumeAfterTheFix(db, fixed, "head");
		assertThat(fixed.status()).filteredOn((status) -> status.revision().id().equals("eeee00000005"))
			.singleElement()
			.satisfies((status) -> assertThat(status.checksumMatches()).isTrue());
		assertThatCode(() -> fixed.validate("head")).doesNotThrowAnyException();
		assertThat(fixed.upgrade("head").steps()).isEmpty();
	}

	// --- An unfinished step whose revision left the code ---

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void anUnfinishedStepWhoseRevisionWasDeletedRefusesEveryMigrationUntilAStamp(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		Retort without = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class))
			.build();
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> without.upgrade("head"))
			.withMessageContaining("eeee00000005");
		assertThatExceptionOfType(UnfinishedStepException.class)
			.isThrownBy(() -> without.upgradeUnlessUnfinished("head"));
		assertThat(without.state().isStoppedHalfWay()).isTrue();
		without.stamp(List.of("aaaa00000001"), false, false);
		assertThat(without.unfinished()).isEmpty();
		assertThat(without.upgrade("head").to()).containsExactly("bbbb00000002");
	}

	// --- A statement PostgreSQL does not undo whole ---

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aConcurrentIndexThatFailedIsNotRunAgainUnasked(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, ConcurrentIndex.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("ix_ci");
		// The failed build left its index behind, invalid
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from pg_class where relname = 'ix_ci'")) {
			rows.next();
			assertThat(rows.getInt(1)).isOne();
			statement.execute("delete from t_ci where id = 2");
		}
		// The operator fixed the data: the statement may have partly applied, so the choice is theirs
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("--rerun-statement");
	}

	// --- A history an earlier Retort wrote past an unfinished step ---

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void anUnfinishedDowngradeBehindNewerRowsStopsStartUpAndShowsInTheState(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(),
				Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, BranchFailingDown.class))
			.build();
		retort.upgrade("9b9b00000002");
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.downgrade("aaaa00000001"));
		FAULT.set(false);
		// As an earlier Retort let happen: the other branch recorded after the unfinished step
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table t_left (id integer primary key, name varchar(50))");
			statement.execute("insert into retort_version (version_num) values ('bbbb00000002')");
			statement.execute("insert into retort_history (id, revision, direction, started_at, outcome,"
					+ " statements_done) values (100, 'bbbb00000002', 'upgrade', current_timestamp, 'SUCCESS', 1)");
		}
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> {
			assertThat(step.revision()).isEqualTo("9b9b00000002");
			assertThat(step.direction()).isEqualTo(dev.retort.script.Direction.DOWNGRADE);
		});
		// Everything is applied, so start-up's plan is empty: the half-dropped revision must still stop it
		assertThatExceptionOfType(UnfinishedStepException.class)
			.isThrownBy(() -> retort.upgradeUnlessUnfinished("heads"));
		assertThat(retort.state().unfinished()).as("the health's state").isNotNull();
	}

	// --- A stamp to base ---

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void aStampToBaseSettlesAnUnfinishedStepOfTheFirstRevision(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(FirstFailingDown.class)).build();
		retort.upgrade("head");
		FAULT.set(true);
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.downgrade("base"));
		FAULT.set(false);
		assertThat(retort.unfinished()).isPresent();
		// The operator drops what is left by hand and records the database as empty
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop table t_f1");
		}
		retort.stamp(List.of("base"), false, false);
		assertThat(retort.current()).isEmpty();
		assertThat(retort.unfinished()).as("settled by the stamp").isEmpty();
		assertThat(retort.upgrade("head").to()).containsExactly("9a9a00000001");
	}

	// --- SKIP where no statement was interrupted ---

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void skipIsRefusedForAStepThatStoppedAfterItsLastStatement(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.FailingLast.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		// A process that died after the step's last statement, before recording its end
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create table t_no_such_table (id integer)");
			statement.execute("insert into t_no_such_table values (1)");
			statement.execute("update retort_history set outcome = 'RUNNING', statements_done = 2, error = null"
					+ " where revision = 'ffff00000006'");
		}
		// There is no statement 3 to skip: the operator's choice cannot be what happened
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> retort.upgrade("head", InterruptedStatement.SKIP))
			.withMessageContaining("skip");
	}

	// --- transaction-per-revision=false and a revision that runs outside transactions ---

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void oneTransactionForTheRunLetsTheRevisionOutsideTransactionsRunAloneAsItsMessageSays(TestDatabase db)
			throws Exception {
		Retort retort = Retort.builder(db.dataSource(),
				Fixtures.graph(Fixtures.Base.class, UnfinishedStepTest.NonTransactional.class))
			.settings(RetortSettings.defaults().withTransactionPerRevision(false))
			.build();
		// "migrate in parts: up to the revision before each of them, then that revision alone"
		retort.upgrade("aaaa00000001");
		assertThatCode(() -> retort.upgrade("e1e100000001")).doesNotThrowAnyException();
		assertThat(retort.current()).containsExactly("e1e100000001");
	}

	// --- The start-up message for a statement that may have partly applied ---

	@DatabaseTest(DatabaseKind.MARIADB)
	void startUpsMessageForAStatementThatMayHavePartlyAppliedNamesTheChoiceThatResumesIt(TestDatabase db)
			throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"));
		// Following the start-up message alone ('retort upgrade eeee00000005') is refused again
		assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("eeee00000005"))
			.withMessageContaining("--rerun-statement");
		assertThatExceptionOfType(UnfinishedStepException.class)
			.isThrownBy(() -> retort.upgradeUnlessUnfinished("head"))
			.withMessageContaining("--rerun-statement");
	}

	// --- A step a live process runs ---

	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.H2 })
	void aStepALiveProcessRunsIsWaitedForNotTakenForUnfinished(TestDatabase db) throws Exception {
		whileALiveProcessRunsAStep(db, (second) -> {
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> second.upgrade("head"));
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> second.upgradeUnlessUnfinished("head"));
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> second.stamp(List.of("aaaa00000001"), false, false));
			if (db.kind() == DatabaseKind.MARIADB) {
				assertThat(second.state().isMigrating()).isTrue();
			}
		});
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void validateDoesNotCallAStepALiveProcessRunsDeadNorAdviseAStampOverIt(TestDatabase db) throws Exception {
		whileALiveProcessRunsAStep(db, (second) -> assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> second.validate("head"))
			.withMessageNotContaining("the process died"));
	}

	private static void whileALiveProcessRunsAStep(TestDatabase db, java.util.function.Consumer<Retort> check)
			throws Exception {
		RetortSettings settings = RetortSettings.defaults().withLockTimeout(Duration.ofSeconds(2));
		RevisionGraph graph = Fixtures.graph(Fixtures.Base.class, HoldsItsStep.class);
		Retort first = Retort.builder(db.dataSource(), graph).build();
		first.upgrade("aaaa00000001");
		release = new CountDownLatch(1);
		running = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<MigrationResult> holder = executor.submit(() -> first.upgrade("head"));
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			// Another instance of the application
			check.accept(Retort.builder(db.dataSource(), graph).settings(settings).build());
			release.countDown();
			assertThat(holder.get(30, TimeUnit.SECONDS).to()).containsExactly("9f9f00000002");
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	// --- The run's schema, on a pool whose connections outlive the command ---

	@DatabaseTest
	void aPooledConnectionGoesBackToItsOwnSchemaAfterSuccessFailureAndRefusal(TestDatabase db) throws Exception {
		String tenant = (db.schema().equals("PUBLIC") ? "Tenant" : db.schema()) + "-Mixed";
		String quoted = (db.kind() == DatabaseKind.MARIADB) ? "`" + tenant + "`" : "\"" + tenant + "\"";
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(((db.kind() == DatabaseKind.MARIADB) ? "create database " : "create schema ") + quoted);
		}
		try (Pool pool = new Pool(db.dataSource())) {
			String own;
			try (Connection connection = pool.getConnection()) {
				own = schemaOf(db.kind(), connection);
			}
			RetortSettings settings = RetortSettings.defaults().withSchema(tenant);
			Retort retort = Retort.builder(pool,
					Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class, Fixtures.Failing.class))
				.settings(settings)
				.build();
			retort.upgrade("aaaa00000001");
			assertThat(pool.schemas(db.kind())).as("after success").containsOnly(own);
			assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("eeee00000005"));
			assertThat(pool.schemas(db.kind())).as("after a failed step").containsOnly(own);
			if (db.kind() != DatabaseKind.POSTGRESQL) {
				assertThatExceptionOfType(UnfinishedStepException.class).isThrownBy(() -> retort.upgrade("left@head"));
				assertThat(pool.schemas(db.kind())).as("after a refusal").containsOnly(own);
				retort.stamp(List.of("aaaa00000001"), false, false);
				assertThat(pool.schemas(db.kind())).as("after a stamp").containsOnly(own);
			}
			retort.upgrade("left@head");
			assertThat(retort.current()).containsExactly("bbbb00000002");
			assertThat(pool.schemas(db.kind())).as("after the next upgrade").containsOnly(own);
			// The tenant's tables, not the connection's own
			try (Connection connection = db.connect(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select count(*) from " + quoted + ".t_left")) {
				rows.next();
			}
		}
		finally {
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute(((db.kind() == DatabaseKind.MARIADB) ? "drop database " : "drop schema ") + quoted
						+ ((db.kind() == DatabaseKind.MARIADB) ? "" : " cascade"));
			}
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aPooledConnectionWithAnEmptySearchPathGetsItBack(TestDatabase db) throws Exception {
		// The hardened setting PostgreSQL's documentation recommends: no schema is searched
		try (Pool pool = new Pool(db.dataSource(), "set search_path to ''")) {
			Retort retort = Retort.builder(pool, Fixtures.graph(Fixtures.Base.class, RawSqlInSchema.class))
				.settings(RetortSettings.defaults().withSchema(db.schema()))
				.build();
			assertThatCode(() -> retort.upgrade("head")).doesNotThrowAnyException();
			assertThat(pool.schemas(db.kind())).containsOnly("\"\"");
		}
	}

	/**
	 * MariaDB has no statement that takes a session back to no database: the connection is left
	 * in {@code information_schema}, where a later borrower's unqualified names reach no tenant
	 * and cannot write.
	 */
	@DatabaseTest(DatabaseKind.MARIADB)
	void aPooledConnectionWithoutADefaultDatabaseIsNotLeftInTheRunsDatabase(TestDatabase db) throws Exception {
		org.mariadb.jdbc.MariaDbDataSource server = new org.mariadb.jdbc.MariaDbDataSource(
				db.url().replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*", "$1"));
		server.setUser(db.user());
		server.setPassword(db.password());
		try (Pool pool = new Pool(server)) {
			try (Connection connection = pool.getConnection()) {
				assertThat(schemaOf(db.kind(), connection)).isNull();
			}
			// One tenant's database, chosen by retort.schema, as a multi-tenant application does
			Retort retort = Retort.builder(pool, Fixtures.graph(Fixtures.Base.class, RawSqlInSchema.class))
				.settings(RetortSettings.defaults().withSchema(db.schema()))
				.build();
			retort.upgrade("head");
			assertThat(UnfinishedStepTest.count(db, "t_base")).isOne();
			List<String> schemas = pool.schemas(db.kind());
			assertThat(schemas).as("a later borrower's unqualified names").containsOnly("information_schema");
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				assertThatExceptionOfType(SQLException.class).as("an unqualified write")
					.isThrownBy(() -> statement.executeUpdate("insert into t_base (id, name) values (7, 'stray')"));
			}
			assertThat(UnfinishedStepTest.count(db, "t_base")).isOne();
		}
	}

	@DatabaseTest(DatabaseKind.H2)
	void aReservedWordAsTheSchemaIsQuotedForTheRun(TestDatabase db) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("create schema \"order\"");
		}
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, RawSqlInSchema.class))
			.settings(RetortSettings.defaults().withSchema("order"))
			.build();
		retort.upgrade("head");
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from \"order\".t_base")) {
			rows.next();
			assertThat(rows.getInt(1)).isEqualTo(1);
		}
	}

	// --- Offline --sql with retort.schema ---

	@DatabaseTest
	void anOfflineScriptRunsTheRevisionsOwnSqlInTheConfiguredSchemaAsOnlineDoes(TestDatabase db) throws Exception {
		String tenant = db.schema().equals("PUBLIC") ? "TENANT_O" : db.schema() + "_o";
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(((db.kind() == DatabaseKind.MARIADB) ? "create database " : "create schema ") + tenant);
			// The same table in the connection's own schema, where a stray statement would land
			statement.execute("create table t_base (id integer primary key, name varchar(50))");
		}
		try {
			DatabaseFamily family = switch (db.kind()) {
				case H2 -> DatabaseFamily.H2;
				case POSTGRESQL -> DatabaseFamily.POSTGRESQL;
				case MARIADB -> DatabaseFamily.MARIADB;
			};
			String script = new OfflineScript(Fixtures.graph(Fixtures.Base.class, RawSqlInSchema.class),
					DatabasePlatforms.offlineRenderer(family), RetortSettings.defaults().withSchema(tenant))
				.upgrade("head");
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				for (String chunk : script.split(";\\s*\\n")) {
					String sql = chunk.lines().filter((line) -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
						.strip();
					if (!sql.isEmpty()) {
						statement.execute(sql);
					}
				}
			}
			try (Connection connection = db.connect(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select count(*) from " + tenant + ".t_base")) {
				rows.next();
				assertThat(rows.getInt(1)).as(script).isEqualTo(1);
			}
			assertThat(UnfinishedStepTest.count(db, "t_base")).as(script).isZero();
		}
		finally {
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute(((db.kind() == DatabaseKind.MARIADB) ? "drop database " : "drop schema ") + tenant
						+ ((db.kind() == DatabaseKind.MARIADB) ? "" : " cascade"));
			}
		}
	}

	// --- Helpers ---

	static String schemaOf(DatabaseKind kind, Connection connection) throws SQLException {
		String sql = switch (kind) {
			case POSTGRESQL -> "show search_path";
			case MARIADB -> "select database()";
			case H2 -> "select current_schema";
		};
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/**
	 * A pool, as small as a test needs: a connection's {@code close()} hands it back, as it is,
	 * for the next caller, as HikariCP does for what it does not track (a {@code USE}, a
	 * {@code SET search_path}).
	 */
	static final class Pool implements DataSource, AutoCloseable {

		private final DataSource target;

		private final Deque<Connection> idle = new ArrayDeque<>();

		private final List<Connection> all = new ArrayList<>();

		/** Run on each new physical connection, as a pool's connection-init-sql. */
		private final String init;

		Pool(DataSource target) {
			this(target, null);
		}

		Pool(DataSource target, String init) {
			this.target = target;
			this.init = init;
		}

		@Override
		public synchronized Connection getConnection() throws SQLException {
			Connection physical;
			if (this.idle.isEmpty()) {
				physical = this.target.getConnection();
				this.all.add(physical);
				if (this.init != null) {
					try (Statement statement = physical.createStatement()) {
						statement.execute(this.init);
					}
				}
			}
			else {
				physical = this.idle.pop();
			}
			AtomicBoolean closed = new AtomicBoolean();
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().equals("close")) {
							if (closed.compareAndSet(false, true)) {
								synchronized (this) {
									this.idle.push(physical);
								}
							}
							return null;
						}
						if (method.getName().equals("isClosed")) {
							return closed.get();
						}
						try {
							return method.invoke(physical, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

		/** The schema each idle connection is in now. */
		synchronized List<String> schemas(DatabaseKind kind) throws SQLException {
			assertThat(this.idle).as("every connection back in the pool").hasSameSizeAs(this.all);
			List<String> schemas = new ArrayList<>();
			for (Connection connection : this.all) {
				schemas.add(schemaOf(kind, connection));
			}
			return schemas;
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

		@Override
		public synchronized void close() throws SQLException {
			for (Connection connection : this.all) {
				connection.close();
			}
		}

	}

	// --- Revisions ---

	/** A merge whose downgrade fails at its second statement (while {@link #FAULT} is set). */
	@Revision(id = "9d9d00000004", revises = { "bbbb00000002", "cccc00000003" }, message = "Merge failing down")
	public static class MergeFailingDown implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_m1", column("id", integer()).primaryKey());
			op.createTable("t_m2", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_m2");
			op.sql(FAULT.get() ? "insert into t_no_such_table values (1)" : "delete from t_m1");
			op.dropTable("t_m1");
		}

	}

	/** A merge whose upgrade fails at its second statement (while {@link #FAULT} is set). */
	@Revision(id = "9d9d00000005", revises = { "bbbb00000002", "cccc00000003" }, message = "Merge failing up")
	public static class MergeFailingUp implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_mu", column("id", integer()).primaryKey());
			op.sql(FAULT.get() ? "insert into t_no_such_table values (1)" : "insert into t_mu values (1)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_mu");
		}

	}

	/** A branch beside Left whose downgrade fails at its second statement (while {@link #FAULT} is set). */
	@Revision(id = "9b9b00000002", revises = "aaaa00000001", message = "Branch failing down")
	public static class BranchFailingDown implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_b1", column("id", integer()).primaryKey());
			op.createTable("t_b2", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_b2");
			op.sql(FAULT.get() ? "insert into t_no_such_table values (1)" : "delete from t_b1");
			op.dropTable("t_b1");
		}

	}

	/** Outside transactions: creates a table, then fails. */
	@Revision(id = "9c9c00000001", revises = "aaaa00000001", message = "Outside, failing", transactional = false)
	public static class OutsideFailing implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_c1", column("id", integer()).primaryKey());
			op.sql("insert into t_no_such_table values (1)");
			op.createTable("t_c3", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_c3");
			op.dropTable("t_c1");
		}

	}

	/** The same revision fixed, and now in a transaction. */
	@Revision(id = "9c9c00000001", revises = "aaaa00000001", message = "Inside, fixed")
	public static class InsideFixed implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_c1", column("id", integer()).primaryKey());
			op.sql("insert into t_c1 values (1)");
			op.createTable("t_c3", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_c3");
			op.dropTable("t_c1");
		}

	}

	/** A first revision whose downgrade fails at its second statement (while {@link #FAULT} is set). */
	@Revision(id = "9a9a00000001", message = "First, failing down")
	public static class FirstFailingDown implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_f1", column("id", integer()).primaryKey());
			op.createTable("t_f2", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_f2");
			op.sql(FAULT.get() ? "insert into t_no_such_table values (1)" : "delete from t_f1");
			op.dropTable("t_f1");
		}

	}

	/** Outside transactions, a unique index built concurrently over data that breaks it. */
	@Revision(id = "9e9e00000003", revises = "aaaa00000001", message = "Concurrent index", transactional = false)
	public static class ConcurrentIndex implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table t_ci (id integer primary key, v integer)");
			op.sql("insert into t_ci values (1, 1), (2, 1)");
			op.sql("create unique index concurrently ix_ci on t_ci (v)");
		}

		@Override
		public void downgrade(Operations op) {
			op.sql("drop table t_ci");
		}

	}

	/** Its Java waits for {@link #release}, holding its step, and the migration lock, in the meantime. */
	@Revision(id = "9f9f00000002", revises = "aaaa00000001", message = "Holds its step")
	public static class HoldsItsStep implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_held", column("id", integer()).primaryKey());
			op.withConnection("wait for the test", (connection) -> {
				running.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_held");
		}

	}

	/** A data fix in the revision's own SQL, with an unqualified name. */
	@Revision(id = "9a9a00000002", revises = "aaaa00000001", message = "Raw SQL in the schema")
	public static class RawSqlInSchema implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("insert into t_base (id, name) values (1, 'raw')");
		}

		@Override
		public void downgrade(Operations op) {
			op.sql("delete from t_base where id = 1");
		}

	}

}
