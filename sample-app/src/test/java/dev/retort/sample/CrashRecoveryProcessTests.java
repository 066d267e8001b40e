package dev.retort.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.sample.SampleProcesses.Child;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration killed with SIGKILL half-way through a revision. On H2 and MariaDB, whose DDL
 * commits as it goes, the history shows the unfinished step, start-up refuses with the ways out,
 * a plain upgrade refuses to run the Java statement it died in again unasked, and an upgrade
 * with {@code --rerun-statement} resumes with that statement. On PostgreSQL nothing of
 * the killed revision is left.
 */
class CrashRecoveryProcessTests {

	private static final String REVISIONS = "--retort.revisions-package=dev.retort.sample.crash";

	private static final String RUNNING_STEP = "select statements_done from retort_history"
			+ " where revision = 'c0a500000002' and outcome = 'RUNNING'";

	@TempDir
	Path directory;

	@Test
	void onH2AKilledStepIsVisibleRefusedAtStartUpAndResumed() throws Exception {
		// WRITE_DELAY=0: H2 otherwise writes commits to the file up to half a second later, and a
		// SIGKILL in between loses them, whatever the migration tool does
		String url = "jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
		// While the child migrates, only once it has opened the database (H2 writes its lock
		// file), so that this JVM never becomes the database's server itself and races its start
		Path lockFile = this.directory.resolve("db.lock.db");
		killHalfWayThenRefuseAndResume(List.of("--spring.datasource.url=" + url),
				(sql) -> query(DriverManager.getConnection(url, "sa", ""), sql), () -> Files.exists(lockFile));
	}

	@DatabaseTest({ DatabaseKind.MARIADB })
	void onMariadbAKilledStepIsVisibleRefusedAtStartUpAndResumed(TestDatabase db) throws Exception {
		killHalfWayThenRefuseAndResume(datasource(db), (sql) -> query(db.connect(), sql), () -> true);
	}

	private void killHalfWayThenRefuseAndResume(List<String> datasource, Queries database, Check open)
			throws Exception {
		SampleProcesses processes = new SampleProcesses(this.directory);
		Child migrating = processes.start(List.of("-Dcrash.sleep-millis=120000"),
				arguments(datasource, "retort", "upgrade", "head"));
		try {
			waitFor(() -> {
				if (!open.done()) {
					return false;
				}
				try {
					List<String> done = database.query(RUNNING_STEP);
					return !done.isEmpty() && Integer.parseInt(done.get(0)) >= 1;
				}
				catch (SQLException ex) {
					// Not open yet, or the tables do not exist yet
					return false;
				}
			}, migrating, processes);
		}
		finally {
			migrating.kill();
		}
		assertThat(database.query("select version_num from retort_version")).containsExactly("c0a500000001");
		assertThat(database.query("select concat(outcome, ' ', statements_done) from retort_history"
				+ " where revision = 'c0a500000002'")).containsExactly("RUNNING 1");

		Run startUp = processes.run(List.of(), arguments(datasource, "--spring.main.web-application-type=none",
				"--spring.jpa.hibernate.ddl-auto=none", "--retort.lock-timeout=10s"));
		assertThat(startUp.status()).isNotZero();
		assertThat(startUp.output()).contains("Start-up refuses to migrate")
			.contains("c0a500000002")
			.contains("resumes after statement 1")
			.contains("retort stamp");
		assertThat(database.query("select version_num from retort_version")).containsExactly("c0a500000001");

		// The step died in its Java code, which may have done part of its work: only the operator can say
		Run refused = processes.run(List.of(), arguments(datasource, "retort", "upgrade", "head"));
		assertThat(refused.status()).as(refused.output()).isEqualTo(1);
		assertThat(refused.output()).contains("c0a500000002")
			.contains("statement 2")
			.contains("may have partly applied")
			.contains("retort upgrade c0a500000002 --rerun-statement")
			.contains("--skip-statement");
		assertThat(database.query("select version_num from retort_version")).containsExactly("c0a500000001");

		Run resume = processes.run(List.of(), arguments(datasource, "retort", "upgrade", "head", "--rerun-statement"));
		assertThat(resume.status()).as(resume.output()).isZero();
		assertThat(resume.output()).contains("Upgraded c0a500000002");
		assertThat(database.query("select version_num from retort_version")).containsExactly("c0a500000002");
		assertThat(database.query("select count(*) from crash_b")).containsExactly("0");
		assertThat(database.query("select outcome from retort_history where revision = 'c0a500000002' order by id"))
			.last()
			.isEqualTo("SUCCESS");
	}

	/**
	 * On PostgreSQL the revision, its version-table change and its history row share one
	 * transaction: the kill leaves nothing of the revision, the session's end frees the lock, and
	 * the next start-up completes the upgrade.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void onPostgresqlAKilledRevisionLeavesNothingAndTheLockIsFree(TestDatabase db) throws Exception {
		SampleProcesses processes = new SampleProcesses(this.directory);
		Child migrating = processes.start(List.of("-Dcrash.sleep-millis=120000"),
				arguments(datasource(db), "retort", "upgrade", "head"));
		try {
			waitFor(() -> !query(db.connect(), "select count(*) from pg_stat_activity where query like"
					+ " 'create table crash_a%' or query like '%pg_sleep%' or state = 'idle in transaction'")
				.equals(List.of("0")) && tableExists(db, "crash_first"), migrating, processes);
		}
		finally {
			migrating.kill();
		}
		assertThat(tableExists(db, "crash_a")).isFalse();
		assertThat(query(db.connect(), "select version_num from retort_version")).containsExactly("c0a500000001");
		// The killed process's backend was in pg_sleep(120) holding crash_a's creation: the server
		// must notice the dead client and roll back at once, not when the sleep ends
		long started = System.nanoTime();
		Run startUp = processes.run(List.of(), arguments(datasource(db), "--spring.main.web-application-type=none",
				"--spring.jpa.hibernate.ddl-auto=none", "--retort.lock-timeout=10s"));
		assertThat(startUp.status()).as(startUp.output()).isZero();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
		assertThat(tableExists(db, "crash_b")).isTrue();
	}

	private static List<String> datasource(TestDatabase db) {
		return List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password());
	}

	private static List<String> arguments(List<String> datasource, String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(datasource);
		all.add(REVISIONS);
		return all;
	}

	private static boolean tableExists(TestDatabase db, String table) throws SQLException {
		try (Connection connection = db.connect();
				ResultSet rows = connection.getMetaData().getTables(null, db.schema(), table, null)) {
			return rows.next();
		}
	}

	private static void waitFor(Check check, Child migrating, SampleProcesses processes) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline && migrating.isAlive()) {
			if (check.done()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The migration never got half-way\n" + processes.output());
	}

	/** Reads the first column of every row, closing the connection. */
	private static List<String> query(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (connection; Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	@FunctionalInterface
	interface Check {

		boolean done() throws Exception;

	}

	@FunctionalInterface
	interface Queries {

		List<String> query(String sql) throws SQLException;

	}

}
