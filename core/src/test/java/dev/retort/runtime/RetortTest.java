package dev.retort.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.RetortException;
import dev.retort.ddl.Identifiers;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.script.Direction;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The runner on real databases: the version table through branches and merges, failures
 * half-way, the lock, checksums.
 */
class RetortTest {

	private static final RevisionGraph BRANCHED = Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class,
			Fixtures.Right.class, Fixtures.Merge.class);

	@DatabaseTest
	void movesTheVersionTableThroughBranchesAndMerges(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), BRANCHED).build();
		assertThat(retort.current()).isEmpty();

		MigrationResult toLeft = retort.upgrade("left");
		assertThat(toLeft.steps()).extracting(AppliedStep::revision).containsExactly("aaaa00000001", "bbbb00000002");
		assertThat(retort.current()).containsExactly("bbbb00000002");

		retort.upgrade("cccc");
		assertThat(retort.current()).containsExactlyInAnyOrder("bbbb00000002", "cccc00000003");

		MigrationResult toMerge = retort.upgrade("head");
		assertThat(toMerge.from()).containsExactlyInAnyOrder("bbbb00000002", "cccc00000003");
		assertThat(toMerge.to()).containsExactly("dddd00000004");
		assertThat(retort.current()).containsExactly("dddd00000004");
		assertThat(tables(db)).contains("t_base", "t_left", "t_right", "t_merge");

		retort.downgrade("bbbb00000002");
		assertThat(retort.current()).containsExactlyInAnyOrder("bbbb00000002", "cccc00000003");
		assertThat(tables(db)).doesNotContain("t_merge");

		retort.downgrade("base");
		assertThat(retort.current()).isEmpty();
		assertThat(tables(db)).doesNotContain("t_base", "t_left", "t_right");

		MigrationResult stamped = retort.stamp(List.of("cccc00000003"), false, false);
		assertThat(stamped.steps()).isEmpty();
		assertThat(retort.current()).containsExactly("cccc00000003");
		assertThat(tables(db)).doesNotContain("t_right");
		retort.stamp(List.of("base"), false, false);
		assertThat(retort.current()).isEmpty();
	}

	@DatabaseTest
	void reportsEachRevisionsStateNewestFirst(TestDatabase db) {
		Retort retort = Retort.builder(db.dataSource(), BRANCHED).build();
		retort.upgrade("bbbb");
		List<RevisionStatus> status = retort.status();
		assertThat(status.get(0).id()).isEqualTo("dddd00000004");
		assertThat(status).filteredOn((s) -> s.state() == RevisionStatus.State.APPLIED)
			.extracting(RevisionStatus::id)
			.containsExactlyInAnyOrder("aaaa00000001", "bbbb00000002");
		RevisionStatus base = status.stream().filter((s) -> s.id().equals("aaaa00000001")).findFirst().orElseThrow();
		assertThat(base.appliedAt()).isNotNull();
		assertThat(base.durationMs()).isNotNull();
		assertThat(base.checksumMatches()).isTrue();
		assertThat(retort.sqlFor("aaaa00000001").upgrade()).singleElement()
			.asString()
			.containsIgnoringCase("create table t_base");
	}

	@DatabaseTest
	void aRevisionFailingHalfWayLeavesAKnownState(TestDatabase db) throws Exception {
		RevisionGraph broken = Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class);
		Retort retort = Retort.builder(db.dataSource(), broken).build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("eeee00000005")
			.withMessageContaining("t_no_such_table");
		assertThat(retort.current()).containsExactly("aaaa00000001");
		assertThat(outcomes(db)).containsSubsequence("upgrade aaaa00000001 SUCCESS",
				"upgrade eeee00000005 " + failedOutcome(db));

		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(tables(db)).doesNotContain("t_first");
			assertThat(retort.unfinished()).isEmpty();
			return;
		}
		// DDL committed as it went: the first statement stays, recorded as done
		assertThat(tables(db)).contains("t_first").doesNotContain("t_third");
		assertThat(retort.unfinished()).hasValueSatisfying((step) -> {
			assertThat(step.revision()).isEqualTo("eeee00000005");
			assertThat(step.statementsDone()).isEqualTo(1);
		});
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.validate("head"))
			.withMessageContaining("eeee00000005")
			.withMessageContaining("resumes after statement 1");

		// The fixed revision resumes after the first statement: t_first is not created twice
		Retort fixed = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Fixed.class))
			.build();
		UnfinishedStepTest.resumeAfterTheFix(db, fixed, "head");
		assertThat(fixed.current()).containsExactly("eeee00000005");
		assertThat(tables(db)).contains("t_first", "t_third");
		assertThat(fixed.unfinished()).isEmpty();
		assertThat(outcomes(db)).last().isEqualTo("upgrade eeee00000005 SUCCESS");
	}

	@DatabaseTest
	void aRevisionFailingAtItsLastStatementLeavesAKnownState(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.FailingLast.class))
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> retort.upgrade("head"))
			.withMessageContaining("ffff00000006")
			.withMessageContaining("failed at statement 2")
			.withMessageContaining("t_no_such_table");
		assertThat(retort.current()).containsExactly("aaaa00000001");
		assertThat(outcomes(db)).containsExactly("upgrade aaaa00000001 SUCCESS",
				"upgrade ffff00000006 " + failedOutcome(db));
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(tables(db)).doesNotContain("t_first");
			assertThat(retort.unfinished()).isEmpty();
		}
		else {
			assertThat(tables(db)).contains("t_first");
			assertThat(retort.unfinished()).hasValueSatisfying((step) -> assertThat(step.statementsDone()).isEqualTo(1));
		}
	}

	@DatabaseTest
	void eachRevisionRecordsHowManyStatementsItRan(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.QuestionMark.class))
			.build();
		retort.upgrade("head");
		assertThat(retort.current()).containsExactly("ffff00000006");
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from t_first")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("why?");
		}
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select revision, outcome, statements_done from retort_history order by id")) {
			List<String> recorded = new ArrayList<>();
			while (rows.next()) {
				recorded.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3));
			}
			assertThat(recorded).containsExactly("aaaa00000001 SUCCESS 1", "ffff00000006 SUCCESS 2");
		}
		retort.downgrade("base");
		assertThat(retort.current()).isEmpty();
		assertThat(tables(db)).doesNotContain("t_base", "t_first");
	}

	@DatabaseTest
	void aStepShowsItselfRunningWhereItsDdlCommitsAndTheDatabaseOutlivesTheProcess(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.CopiesTheHistory.class))
			.build();
		retort.upgrade("head");
		List<String> seen = seenWhileRunning(db.connect());
		switch (db.kind()) {
			// The history row commits with the revision
			case POSTGRESQL -> assertThat(seen).containsExactly("aaaa00000001 SUCCESS");
			// DDL commits itself: the row was written before the step ran, for a crash to leave it visible
			case MARIADB -> assertThat(seen).containsExactly("aaaa00000001 SUCCESS", "ffff00000008 RUNNING");
			// In this process's memory a crash takes the database along: the run's books are written when it ends
			case H2 -> assertThat(seen).isEmpty();
		}
		assertThat(outcomes(db)).containsExactly("upgrade aaaa00000001 SUCCESS", "upgrade ffff00000008 SUCCESS");
	}

	@DatabaseTest
	void aRevisionWhoseCodeThrowsLeavesTheStepsBeforeItRecorded(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.ThrowsInItsCode.class))
			.build();
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> retort.upgrade("head"))
			.withStackTraceContaining("a bug in the revision's code");
		assertThat(retort.current()).containsExactly("aaaa00000001");
		assertThat(outcomes(db)).containsExactly("upgrade aaaa00000001 SUCCESS");
		assertThat(tables(db)).contains("t_base");
	}

	@Test
	void anH2DatabaseInAFileShowsAStepRunning(@TempDir Path directory) throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + directory.resolve("retort").toAbsolutePath());
		Retort retort = Retort.builder(dataSource, Fixtures.graph(Fixtures.Base.class, Fixtures.CopiesTheHistory.class))
			.build();
		retort.upgrade("head");
		assertThat(seenWhileRunning(dataSource.getConnection())).containsExactly("aaaa00000001 SUCCESS",
				"ffff00000008 RUNNING");
		assertThat(retort.current()).containsExactly("ffff00000008");
	}

	/** The history rows that {@link Fixtures.CopiesTheHistory}'s statement found. */
	private static List<String> seenWhileRunning(Connection opened) throws SQLException {
		List<String> seen = new ArrayList<>();
		try (Connection connection = opened; Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select revision, outcome from t_seen order by revision")) {
			while (rows.next()) {
				seen.add(rows.getString(1) + " " + rows.getString(2));
			}
		}
		return seen;
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void aQuestionMarkOperatorInTheLastStatementRunsAsWritten(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.QuestionMark.class,
				Fixtures.QuestionMarkOperator.class)).build();
		retort.upgrade("head");
		assertThat(retort.current()).containsExactly("ffff00000007");
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from t_first where id = 2")) {
			assertThat(rows.next()).isTrue();
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void inOneTransactionForTheRunAFailureKeepsNothingOfIt(TestDatabase db) throws Exception {
		RetortSettings oneTransaction = RetortSettings.defaults().withTransactionPerRevision(false);
		Retort broken = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.FailingLast.class))
			.settings(oneTransaction)
			.build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> broken.upgrade("head"))
			.withMessageContaining("ffff00000006")
			.withMessageContaining("one transaction");
		assertThat(broken.current()).isEmpty();
		assertThat(tables(db)).doesNotContain("t_base", "t_first");

		Retort retort = Retort.builder(db.dataSource(), BRANCHED).settings(oneTransaction).build();
		assertThat(retort.upgrade("heads").steps()).hasSize(4);
		assertThat(retort.current()).containsExactly("dddd00000004");
		assertThat(outcomes(db)).endsWith("upgrade aaaa00000001 SUCCESS", "upgrade bbbb00000002 SUCCESS",
				"upgrade cccc00000003 SUCCESS", "upgrade dddd00000004 SUCCESS");
	}

	@DatabaseTest
	void twoRunnersAtOnceApplyEachRevisionExactlyOnce(TestDatabase db) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<MigrationResult>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Retort retort = Retort.builder(db.dataSource(), BRANCHED).build();
				runs.add(executor.submit(() -> retort.upgrade("heads")));
			}
			int applied = 0;
			for (Future<MigrationResult> run : runs) {
				applied += run.get().steps().size();
			}
			assertThat(applied).isEqualTo(4);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(outcomes(db)).filteredOn((row) -> row.startsWith("upgrade"))
			.containsExactlyInAnyOrder("upgrade aaaa00000001 SUCCESS", "upgrade bbbb00000002 SUCCESS",
					"upgrade cccc00000003 SUCCESS", "upgrade dddd00000004 SUCCESS");
	}

	@DatabaseTest
	void aHeldLockTimesOutWithAMessage(TestDatabase db) throws Exception {
		RetortSettings settings = RetortSettings.defaults().withLockTimeout(Duration.ofSeconds(1));
		Retort retort = Retort.builder(db.dataSource(), BRANCHED).settings(settings).build();
		retort.upgrade("aaaa");
		try (HeldLock held = HeldLock.take(db, settings)) {
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> retort.upgrade("heads"))
				.withMessageContaining("retort.lock-timeout");
		}
		assertThat(retort.upgrade("heads").steps()).hasSize(3);
	}

	/**
	 * PostgreSQL and MariaDB take the lock on the migration's own connection, and a pool keeps
	 * that connection open: the lock must be gone when the pool takes it back, after a failure too.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void theLockOnThePooledMigrationConnectionIsReleasedAfterEachCommand(TestDatabase db) throws Exception {
		try (Connection pooled = db.connect()) {
			DataSource poolOfOne = poolOfOne(pooled);
			RetortSettings settings = RetortSettings.defaults().withLockTimeout(Duration.ofSeconds(1));
			Retort broken = Retort.builder(poolOfOne, Fixtures.graph(Fixtures.Base.class, Fixtures.Failing.class))
				.settings(settings)
				.build();
			assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> broken.upgrade("head"));
			assertThat(pooled.isClosed()).isFalse();
			try (HeldLock other = HeldLock.take(db, settings)) {
				assertThat(other).isNotNull();
			}
			Retort retort = Retort.builder(poolOfOne, BRANCHED).settings(settings).build();
			// Settles the failed step, which on MariaDB is unfinished
			retort.stamp(List.of("aaaa00000001"), false, false);
			assertThat(retort.upgrade("heads").steps()).hasSize(3);
			try (HeldLock other = HeldLock.take(db, settings)) {
				assertThat(other).isNotNull();
			}
		}
	}

	/** Hands out one physical connection, whose close() only returns it, as a pool's does. */
	private static DataSource poolOfOne(Connection physical) {
		Connection handle = (Connection) Proxy.newProxyInstance(RetortTest.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("close")) {
						if (!physical.getAutoCommit()) {
							physical.rollback();
							physical.setAutoCommit(true);
						}
						return null;
					}
					if (method.getName().equals("isClosed")) {
						return false;
					}
					try {
						return method.invoke(physical, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		return (DataSource) Proxy.newProxyInstance(RetortTest.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("getConnection")) {
						return handle;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	@DatabaseTest({ DatabaseKind.H2 })
	void aChangedAppliedRevisionFollowsTheChecksumPolicy(TestDatabase db) {
		Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class)).build().upgrade("head");
		RevisionGraph changed = Fixtures.graph(Fixtures.ChangedBase.class, Fixtures.Left.class);

		Retort strict = Retort.builder(db.dataSource(), changed)
			.settings(RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL))
			.build();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> strict.upgrade("head"))
			.withMessageContaining("aaaa00000001")
			.withMessageContaining("--update-checksums");
		assertThat(strict.current()).containsExactly("aaaa00000001");
		assertThat(strict.status()).filteredOn((s) -> s.id().equals("aaaa00000001"))
			.singleElement()
			.satisfies((s) -> assertThat(s.checksumMatches()).isFalse());

		Retort.builder(db.dataSource(), changed).build().validate("aaaa00000001");

		strict.stamp(List.of("heads"), false, true);
		assertThat(strict.current()).containsExactly("bbbb00000002");
		strict.stamp(List.of("aaaa00000001"), false, true);
		assertThat(strict.upgrade("head").steps()).extracting(AppliedStep::direction).containsExactly(Direction.UPGRADE);
	}

	@DatabaseTest
	void anUpToDateDatabaseIsCheckedWithoutTakingTheLock(TestDatabase db) throws Exception {
		RetortSettings settings = RetortSettings.defaults().withLockTimeout(Duration.ofSeconds(1));
		Retort retort = Retort.builder(db.dataSource(), BRANCHED).settings(settings).build();
		retort.upgrade("heads");
		try (HeldLock held = HeldLock.take(db, settings)) {
			assertThat(retort.upgradeUnlessUnfinished("heads").steps()).isEmpty();
			assertThat(retort.upgrade("heads").to()).containsExactlyInAnyOrder("dddd00000004");
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> retort.downgrade("base"));
		}
	}

	@DatabaseTest({ DatabaseKind.H2 })
	void aRecordedFingerprintStandsForTheChecksumUntilTheSourceChanges(TestDatabase db) {
		Retort.builder(db.dataSource(), RevisionGraph.of(List.of(fingerprinted(Fixtures.Base.class, "source-1"))))
			.build()
			.upgrade("head");
		RetortSettings strict = RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL);

		// The same source as recorded: the revision's code is not run to work out its checksum
		RevisionGraph sameSource = RevisionGraph.of(List.of(fingerprinted(Fixtures.ChangedBase.class, "source-1")));
		assertThat(Retort.builder(db.dataSource(), sameSource).settings(strict).build().upgrade("head").steps())
			.isEmpty();

		RevisionGraph newSource = RevisionGraph.of(List.of(fingerprinted(Fixtures.ChangedBase.class, "source-2")));
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.builder(db.dataSource(), newSource).settings(strict).build().upgrade("head"))
			.withMessageContaining("aaaa00000001 changed since");

		RevisionGraph reformatted = RevisionGraph.of(List.of(fingerprinted(Fixtures.Base.class, "source-3")));
		assertThat(Retort.builder(db.dataSource(), reformatted).settings(strict).build().upgrade("head").steps())
			.isEmpty();
	}

	@DatabaseTest
	void aStartUpWithNothingToDoTakesTheDigestOfTheLastRowForTheChecksums(TestDatabase db) throws Exception {
		RetortSettings strict = RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL);
		Retort.builder(db.dataSource(), RevisionGraph.of(List.of(fingerprinted(Fixtures.Base.class, SOURCE_1),
				fingerprinted(Fixtures.Left.class, SOURCE_2)))).build().upgrade("head");
		assertThat(appliedDigests(db)).containsExactly("1:" + SOURCE_1, "2:" + xor(SOURCE_1, SOURCE_2));
		// Only the full check reads the recorded checksums: spoil them to see which check ran
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("update retort_history set checksum = 'spoilt'");
		}

		Retort sameSources = Retort.builder(db.dataSource(), RevisionGraph.of(List.of(
				fingerprinted(Fixtures.Base.class, SOURCE_1), fingerprinted(Fixtures.Left.class, SOURCE_2))))
			.settings(strict).build();
		assertThat(sameSources.upgrade("head").steps()).isEmpty();
		sameSources.validate("head");

		Retort newSource = Retort.builder(db.dataSource(), RevisionGraph.of(List.of(
				fingerprinted(Fixtures.Base.class, SOURCE_3), fingerprinted(Fixtures.Left.class, SOURCE_2))))
			.settings(strict).build();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> newSource.upgrade("head"))
			.withMessageContaining("revision(s) aaaa00000001 changed since");
	}

	@DatabaseTest
	void aChangeToleratedWithAWarningIsNotVouchedForByLaterSteps(TestDatabase db) throws Exception {
		Retort.builder(db.dataSource(), RevisionGraph.of(List.of(fingerprinted(Fixtures.Base.class, SOURCE_1))))
			.build()
			.upgrade("head");
		RevisionGraph changedBase = RevisionGraph.of(List.of(fingerprinted(Fixtures.ChangedBase.class, SOURCE_3),
				fingerprinted(Fixtures.Left.class, SOURCE_2)));
		Retort.builder(db.dataSource(), changedBase).build().upgrade("head");
		assertThat(appliedDigests(db)).containsExactly("1:" + SOURCE_1, null);

		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> Retort.builder(db.dataSource(), changedBase)
				.settings(RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL))
				.build()
				.upgrade("head"))
			.withMessageContaining("aaaa00000001 changed since");
	}

	@DatabaseTest
	void downgradesAndStampsKeepTheDigestOfWhatIsApplied(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), RevisionGraph.of(List.of(
				fingerprinted(Fixtures.Base.class, SOURCE_1), fingerprinted(Fixtures.Left.class, SOURCE_2))))
			.build();
		retort.upgrade("head");
		retort.downgrade("-1");
		retort.stamp(List.of("head"), false, false);
		retort.stamp(List.of("head"), false, true);
		assertThat(appliedDigests(db)).containsExactly("1:" + SOURCE_1, "2:" + xor(SOURCE_1, SOURCE_2),
				"1:" + SOURCE_1, null, null, "2:" + xor(SOURCE_1, SOURCE_2));
	}

	@DatabaseTest
	void aHistoryTableFromBeforeFingerprintsGainsTheColumnsAtTheNextMigration(TestDatabase db) throws Exception {
		Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class)).build().upgrade("head");
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute("alter table retort_history drop column fingerprint");
			statement.execute("alter table retort_history drop column applied_digest");
		}
		Retort retort = Retort.builder(db.dataSource(), RevisionGraph.of(List.of(fingerprinted(Fixtures.Base.class,
				"base-source"), fingerprinted(Fixtures.Left.class, "left-source"))))
			.settings(RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL))
			.build();
		assertThat(retort.status()).extracting(RevisionStatus::checksumMatches).containsExactly(null, true);
		assertThat(retort.upgrade("head").steps()).hasSize(1);
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select revision, fingerprint from retort_history order by id")) {
			List<String> recorded = new ArrayList<>();
			while (rows.next()) {
				recorded.add(rows.getString(1) + " " + rows.getString(2));
			}
			assertThat(recorded).containsExactly("aaaa00000001 null", "bbbb00000002 left-source");
		}
		assertThat(appliedDigests(db)).containsExactly(null, null);
	}

	/** Retort writes its default table names without resolving the dialect: as the dialect would. */
	@DatabaseTest
	void theDefaultTableNamesNeedNoQuotingOnAnyDatabase(TestDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			Identifiers identifiers = DatabasePlatforms.renderer(connection.getMetaData()).identifiers();
			assertThat(identifiers.quote(RetortSettings.DEFAULT_VERSION_TABLE))
				.isEqualTo(RetortSettings.DEFAULT_VERSION_TABLE);
			assertThat(identifiers.quote(RetortSettings.DEFAULT_HISTORY_TABLE))
				.isEqualTo(RetortSettings.DEFAULT_HISTORY_TABLE);
		}
	}

	private static final String SOURCE_1 = "0123456789abcdef0123456789abcdef";

	private static final String SOURCE_2 = "00000000000000ff00000000000000ff";

	private static final String SOURCE_3 = "fedcba9876543210fedcba9876543210";

	private static String xor(String first, String second) {
		StringBuilder xor = new StringBuilder();
		for (int i = 0; i < first.length(); i++) {
			xor.append(Character.forDigit(Character.digit(first.charAt(i), 16) ^ Character.digit(second.charAt(i), 16),
					16));
		}
		return xor.toString();
	}

	private static List<String> appliedDigests(TestDatabase db) throws SQLException {
		List<String> digests = new ArrayList<>();
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select applied_digest from retort_history order by id")) {
			while (rows.next()) {
				digests.add(rows.getString(1));
			}
		}
		return digests;
	}

	private static RevisionScript fingerprinted(Class<?> revision, String fingerprint) {
		JavaRevisionScript script = JavaRevisionScript.of(revision);
		return new JavaRevisionScript(script.header(), script.className(), script.classLoader(), fingerprint);
	}

	/**
	 * The catalog's questions cost a command on PostgreSQL several milliseconds each: a first
	 * migration, and a later one with a step to run, find their tables with queries instead.
	 */
	@DatabaseTest
	void migratingAsksTheCatalogNoQuestion(TestDatabase db) {
		List<String> questions = new ArrayList<>();
		DataSource asked = catalogQuestionsNoted(db.dataSource(), questions);
		Retort.builder(asked, Fixtures.graph(Fixtures.Base.class)).build().upgrade("head");
		Retort later = Retort.builder(asked, Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class)).build();
		assertThat(later.upgrade("head").steps()).extracting(AppliedStep::revision).containsExactly("bbbb00000002");
		assertThat(later.current()).containsExactly("bbbb00000002");
		assertThat(questions).isEmpty();
	}

	/** The data source's connections, whose catalog notes each question about tables or columns. */
	private static DataSource catalogQuestionsNoted(DataSource dataSource, List<String> questions) {
		return (DataSource) Proxy.newProxyInstance(RetortTest.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
					Object result = forward(method, dataSource, arguments);
					return (result instanceof Connection connection) ? noting(connection, questions) : result;
				});
	}

	private static Connection noting(Connection connection, List<String> questions) {
		return (Connection) Proxy.newProxyInstance(RetortTest.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					Object result = forward(method, connection, arguments);
					if (!(result instanceof DatabaseMetaData metaData)) {
						return result;
					}
					return Proxy.newProxyInstance(RetortTest.class.getClassLoader(),
							new Class<?>[] { DatabaseMetaData.class }, (metaProxy, metaMethod, metaArguments) -> {
								if (metaMethod.getName().equals("getColumns") || metaMethod.getName().equals("getTables")) {
									questions.add(metaMethod.getName() + " " + metaArguments[2]);
								}
								if (metaMethod.getName().equals("getConnection")) {
									return proxy;
								}
								return forward(metaMethod, metaData, metaArguments);
							});
				});
	}

	private static Object forward(Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * A stamp to a target the revisions do not have (the adoption guide's {@code stamp head} run by
	 * a jar built before its first revision) fails with the database as it found it: Retort's
	 * tables are not created for a command that cannot run.
	 */
	@DatabaseTest
	void aStampThatCannotResolveItsTargetLeavesNoTablesBehind(TestDatabase db) throws Exception {
		Retort noRevisions = Retort.builder(db.dataSource(), RevisionGraph.of(List.of())).build();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> noRevisions.stamp(List.of("head"), false, false))
			.withMessageContaining("there are no revisions yet");
		Retort branched = Retort.builder(db.dataSource(), BRANCHED).build();
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> branched.stamp(List.of("nosuchrevision"), false, false));
		assertThat(tables(db)).doesNotContain("retort_version", "retort_history");
	}

	private static List<String> tables(TestDatabase db) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = db.connect();
				ResultSet rows = connection.getMetaData()
					.getTables((db.kind() == DatabaseKind.MARIADB) ? db.schema() : null,
							(db.kind() == DatabaseKind.MARIADB) ? null : db.schema(), "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	/** A failed step's outcome: rolled back as a whole where DDL is transactional, else unfinished. */
	private static String failedOutcome(TestDatabase db) {
		return (db.kind() == DatabaseKind.POSTGRESQL) ? "ROLLED_BACK" : "FAILED";
	}

	private static List<String> outcomes(TestDatabase db) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select direction, revision, outcome from retort_history order by id")) {
			while (result.next()) {
				rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
			}
		}
		return rows;
	}

}
