package dev.retort.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java ... SampleApplication retort <verb>} as a real process: the verbs, their output and
 * their exit statuses, with no web server, and no password ever printed.
 */
class CommandModeProcessTests {

	private static final String PASSWORD = "s3cret-Pa55";

	@TempDir
	Path directory;

	@Test
	void theVerbsMoveTheDatabaseAndSayWhereItStands() throws Exception {
		Run upgrade = retort("upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).contains("Upgraded 6815160da2bb, first commit (")
			.contains("Upgraded 419b366a45aa, Add is_active to User (")
			.contains("The database is at 419b366a45aa.");

		Run history = retort("history", "--indicate-current");
		assertThat(history.output()).contains("6815160da2bb -> 419b366a45aa (head) (current), Add is_active to User")
			.contains("<base> -> 6815160da2bb, first commit");

		Run downgrade = retort("downgrade", "-1");
		assertThat(downgrade.status()).isZero();
		assertThat(downgrade.output()).contains("Downgraded 419b366a45aa").contains("The database is at 6815160da2bb.");
		assertThat(retort("current").output()).contains("6815160da2bb").doesNotContain("419b366a45aa");
		assertThat(retort("heads").output()).contains("419b366a45aa (head)");
		assertThat(retort("show", "419b").output()).contains("Rev: 419b366a45aa (head)").contains("Parent: 6815160da2bb");

		Run offline = retort("upgrade", "--sql", "base:head");
		assertThat(offline.status()).isZero();
		assertThat(offline.output()).contains("-- Running upgrade 6815160da2bb -> 419b366a45aa, Add is_active to User");
	}

	@Test
	void offlineSqlNeedsNoDatabase() throws Exception {
		Run offline = retort("upgrade", "--sql", "base:head",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere");
		assertThat(offline.status()).as(offline.output()).isZero();
		assertThat(offline.output()).contains("BEGIN;")
			.contains("create table retort_version")
			.contains("create table \"user\"")
			.contains("INSERT INTO retort_version (version_num) VALUES ('6815160da2bb');")
			.contains("COMMIT;");
	}

	@Test
	void aFailureIsOneLineWithExitStatusOneAndAUsageErrorIsTwo() throws Exception {
		Run unknownTarget = retort("upgrade", "nosuchrev");
		assertThat(unknownTarget.status()).isEqualTo(1);
		assertThat(unknownTarget.output()).contains("FAILED: No such revision or branch 'nosuchrev'")
			.doesNotContain("\tat ");

		Run verbose = retort("upgrade", "nosuchrev", "--verbose");
		assertThat(verbose.status()).isEqualTo(1);
		assertThat(verbose.output()).contains("\tat ");

		Run unknownVerb = retort("frobnicate");
		assertThat(unknownVerb.status()).isEqualTo(2);
		assertThat(unknownVerb.output()).contains("Unmatched argument");

		Run missingTarget = retort("downgrade");
		assertThat(missingTarget.status()).isEqualTo(2);
	}

	@Test
	void noWebServerStartsAndNoPasswordIsPrinted() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Run run = retort("upgrade", "head", "--verbose", "--server.port=" + port);
		assertThat(run.status()).isZero();
		try (ServerSocket socket = new ServerSocket(port)) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
		Run failing = retort("upgrade", "nosuchrev", "--verbose");
		assertThat(run.output() + failing.output()).doesNotContain(PASSWORD).doesNotContain("Tomcat started");
	}

	/**
	 * Hostile targets are refused with a message and change nothing; a target as long as a page
	 * is not echoed whole.
	 */
	@Test
	void hostileTargetsAreRefusedAndChangeNothing() throws Exception {
		assertThat(retort("upgrade", "6815160da2bb").status()).isZero();
		List<List<String>> commands = List.of(List.of("upgrade", "head'; drop table \"user\"; --"),
				List.of("stamp", "\"; delete from retort_version; --"), List.of("upgrade", "x".repeat(20_000)));
		// One after the other: processes opening one H2 file with AUTO_SERVER at the same moment
		// race to become its server, and the losers cannot connect
		List<Run> runs = new ArrayList<>();
		for (List<String> arguments : commands) {
			runs.add(retort(arguments.toArray(String[]::new)));
		}
		assertThat(runs).allSatisfy((run) -> assertThat(run.status()).as(run.output()).isEqualTo(1));
		assertThat(runs.get(0).output()).contains("FAILED: Target 'head'; drop table \"user\"; --' is not understood");
		assertThat(runs.get(1).output()).contains("FAILED:").contains("delete from retort_version");
		assertThat(runs.get(2).output()).contains("FAILED: A target of 20000 characters is not understood")
			.doesNotContain("x".repeat(100));
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE", "sa", PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version_num from retort_version")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("6815160da2bb");
			assertThat(rows.next()).isFalse();
		}
	}

	/**
	 * A server that refuses the connection, and one that refuses the login, with --verbose: the
	 * output says in a line what failed and never shows the password. (Hibernate, asking the
	 * database for its dialect as the context starts, is the first to fail, before the verb runs.)
	 */
	@DatabaseTest({ DatabaseKind.MARIADB, DatabaseKind.POSTGRESQL })
	void aFailingConnectionNeverPrintsThePassword(TestDatabase db) throws Exception {
		SampleProcesses.Child login = start("upgrade", "head", "--verbose", "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=no_such_user_" + db.kind().name().toLowerCase(Locale.ROOT));
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			Run refused = retort("current", "--verbose", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere");
			assertThat(refused.status()).as(refused.output()).isEqualTo(1);
			assertThat(refused.output()).contains("FAILED: Cannot connect to the database: Connection to 127.0.0.1:1 refused")
				.contains("Check spring.datasource.url")
				.doesNotContain(PASSWORD);
			// check builds the entity mapping first, which asks the database for its dialect
			Run refusedCheck = retort("check", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere");
			assertThat(refusedCheck.status()).as(refusedCheck.output()).isEqualTo(1);
			assertThat(refusedCheck.output())
				.contains("FAILED: Cannot connect to the database: Connection to 127.0.0.1:1 refused")
				.doesNotContain("Unable to determine Dialect")
				.doesNotContain(PASSWORD);
		}
		Run loginRun = login.await(Duration.ofMinutes(2));
		assertThat(loginRun.status()).as(loginRun.output()).isEqualTo(1);
		assertThat(loginRun.output()).contains("FAILED: Cannot connect to the database: ")
			.contains("no_such_user_")
			.doesNotContain(PASSWORD);
	}

	private Run retort(String... arguments) throws IOException, InterruptedException {
		return start(arguments).await(Duration.ofMinutes(2));
	}

	private SampleProcesses.Child start(String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add("retort");
		command.addAll(List.of(arguments));
		if (List.of(arguments).stream().noneMatch((argument) -> argument.startsWith("--spring.datasource.url="))) {
			command.add("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE");
		}
		if (List.of(arguments).stream().noneMatch((argument) -> argument.startsWith("--spring.datasource.password="))) {
			command.add("--spring.datasource.password=" + PASSWORD);
		}
		return new SampleProcesses(this.directory).start(List.of(), command);
	}

}
