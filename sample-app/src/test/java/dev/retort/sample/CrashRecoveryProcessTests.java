package dev.retort.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration killed with SIGKILL half-way through a revision. On H2, whose DDL commits as it
 * goes, the history shows the unfinished step, start-up refuses with the ways out, and an
 * explicit upgrade resumes after the last completed statement.
 */
class CrashRecoveryProcessTests {

	@TempDir
	Path directory;

	@Test
	void aKilledStepIsVisibleRefusedAtStartUpAndResumed() throws Exception {
		// WRITE_DELAY=0: H2 otherwise writes commits to the file up to half a second later, and a
		// SIGKILL in between loses them, whatever the migration tool does
		String url = "jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
		Process migrating = start(url, "-Dcrash.sleep-millis=120000", "retort", "upgrade", "head");
		try {
			waitFor(url, "select statements_done from retort_history where revision = 'c0a500000002'"
					+ " and outcome = 'RUNNING'", 1, migrating);
		}
		finally {
			migrating.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(query(url, "select version_num from retort_version")).containsExactly("c0a500000001");
		assertThat(query(url, "select outcome || ' ' || statements_done from retort_history where revision = 'c0a500000002'"))
			.containsExactly("RUNNING 1");

		Run startUp = run(url, "--spring.main.web-application-type=none", "--spring.jpa.hibernate.ddl-auto=none");
		assertThat(startUp.status()).isNotZero();
		assertThat(startUp.output()).contains("Start-up refuses to migrate")
			.contains("c0a500000002")
			.contains("resumes after statement 1")
			.contains("retort stamp");

		Run resume = run(url, "retort", "upgrade", "head");
		assertThat(resume.status()).as(resume.output()).isZero();
		assertThat(resume.output()).contains("Upgraded c0a500000002");
		assertThat(query(url, "select version_num from retort_version")).containsExactly("c0a500000002");
		assertThat(query(url, "select count(*) from crash_b")).containsExactly("0");
	}

	/**
	 * On PostgreSQL the revision, its version-table change and its history row share one
	 * transaction: the kill leaves nothing of the revision, the session's end frees the lock, and
	 * the next start-up completes the upgrade.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void onPostgresqlAKilledRevisionLeavesNothingAndTheLockIsFree(TestDatabase db) throws Exception {
		String[] credentials = { "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password() };
		Process migrating = start(db.url(), "-Dcrash.sleep-millis=120000", "retort", "upgrade", "head",
				credentials[0], credentials[1]);
		try {
			waitFor(() -> {
				try (Connection connection = db.connect(); Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where query like"
								+ " 'create table crash_a%' or query like '%pg_sleep%' or state = 'idle in transaction'")) {
					rows.next();
					return rows.getInt(1) > 0 && tableExists(db, "crash_first");
				}
			});
		}
		finally {
			migrating.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(tableExists(db, "crash_a")).isFalse();
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version_num from retort_version")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("c0a500000001");
		}
		Run startUp = run(db.url(), "--spring.main.web-application-type=none", "--spring.jpa.hibernate.ddl-auto=none",
				"--retort.lock-timeout=10s", credentials[0], credentials[1]);
		assertThat(startUp.status()).as(startUp.output()).isZero();
		assertThat(tableExists(db, "crash_b")).isTrue();
	}

	private static boolean tableExists(TestDatabase db, String table) throws SQLException {
		try (Connection connection = db.connect();
				ResultSet rows = connection.getMetaData().getTables(null, db.schema(), table, null)) {
			return rows.next();
		}
	}

	private static void waitFor(Check check) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (check.done()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The migration never got half-way");
	}

	@FunctionalInterface
	interface Check {

		boolean done() throws Exception;

	}

	/** What the children printed, for a failure's message. */
	private String childOutput() throws IOException {
		StringBuilder output = new StringBuilder();
		try (var logs = java.nio.file.Files.list(this.directory)) {
			for (Path log : logs.filter((path) -> path.toString().endsWith(".log")).sorted().toList()) {
				output.append("--- ").append(log.getFileName()).append('\n')
					.append(java.nio.file.Files.readString(log, StandardCharsets.UTF_8));
			}
		}
		return output.toString();
	}

	private Process start(String url, String jvmOption, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add(jvmOption);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(SampleApplication.class.getName());
		command.addAll(List.of(arguments));
		command.add("--spring.datasource.url=" + url);
		command.add("--retort.revisions-package=dev.retort.sample.crash");
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("out-" + System.nanoTime() + ".log").toFile())
			.start();
	}

	private Run run(String url, String... arguments) throws Exception {
		Path log = this.directory.resolve("run-" + System.nanoTime() + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(SampleApplication.class.getName());
		command.addAll(List.of(arguments));
		command.add("--spring.datasource.url=" + url);
		command.add("--retort.revisions-package=dev.retort.sample.crash");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), java.nio.file.Files.readString(log, StandardCharsets.UTF_8));
	}

	private void waitFor(String url, String sql, int expected, Process migrating) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		// Only once the child has opened the database (H2 writes its lock file), so that this
		// JVM never becomes the database's server itself and races the child's start
		Path lockFile = this.directory.resolve("db.lock.db");
		while (System.nanoTime() < deadline && migrating.isAlive()) {
			if (!java.nio.file.Files.exists(lockFile)) {
				Thread.sleep(200);
				continue;
			}
			try {
				List<String> values = query(url, sql);
				if (!values.isEmpty() && Integer.parseInt(values.get(0)) >= expected) {
					return;
				}
			}
			catch (SQLException ex) {
				// The tables do not exist yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The migration never reached: " + sql + "\n" + childOutput());
	}

	private static List<String> query(String url, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	record Run(int status, String output) {
	}

}
