package dev.retort.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	private Run retort(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(SampleApplication.class.getName());
		command.add("retort");
		command.addAll(List.of(arguments));
		if (List.of(arguments).stream().noneMatch((argument) -> argument.startsWith("--spring.datasource.url="))) {
			command.add("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE");
		}
		command.add("--spring.datasource.password=" + PASSWORD);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

	record Run(int status, String output) {
	}

}
