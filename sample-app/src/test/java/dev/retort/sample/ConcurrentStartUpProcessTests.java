package dev.retort.sample;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.sample.SampleProcesses.Child;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight instances of an application start at the same moment against an empty database with
 * fifty revisions, as a rolling deployment or a scaled-up replica set does: the migration lock
 * must let one migrate while the others wait, and then find nothing left to do. Every revision
 * runs exactly once, which the history, the version table and the revisions' own log table show.
 */
class ConcurrentStartUpProcessTests {

	static final int PROCESSES = 8;

	static final int REVISIONS = 50;

	private static final Pattern APPLIED = Pattern.compile("Retort applied (\\d+) revision\\(s\\)");

	@TempDir
	Path directory;

	/** H2 as a TCP server, the way several processes share one H2 database. */
	@Test
	void onH2EightProcessesStartAtOnceAndEachRevisionRunsOnce() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Server server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir",
				this.directory.resolve("h2").toString())
			.start();
		try {
			String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/concurrent";
			startAtOnceAndCheck(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=sa"),
					() -> DriverManager.getConnection(url, "sa", ""));
		}
		finally {
			server.stop();
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void eightProcessesStartAtOnceAndEachRevisionRunsOnce(TestDatabase db) throws Exception {
		startAtOnceAndCheck(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password()), db::connect);
	}

	private void startAtOnceAndCheck(List<String> datasource, Connections database) throws Exception {
		SampleProcesses processes = new SampleProcesses(this.directory);
		List<String> arguments = new ArrayList<>(datasource);
		arguments.addAll(List.of("--spring.main.web-application-type=none", "--spring.jpa.hibernate.ddl-auto=none",
				"--retort.revisions-package=dev.retort.sample.concurrency", "--spring.main.banner-mode=off"));
		List<Child> children = new ArrayList<>();
		for (int i = 0; i < PROCESSES; i++) {
			children.add(processes.start(List.of(), arguments));
		}
		int applied = 0;
		for (Child child : children) {
			Run run = child.await(Duration.ofMinutes(3));
			assertThat(run.status()).as(processes.output()).isZero();
			assertThat(run.output()).doesNotContain("APPLICATION FAILED").doesNotContain(" ERROR ");
			Matcher matcher = APPLIED.matcher(run.output());
			while (matcher.find()) {
				applied += Integer.parseInt(matcher.group(1));
			}
		}
		assertThat(applied).as("revisions applied, summed over the processes' logs").isEqualTo(REVISIONS);
		assertEachRevisionRanOnce(database);
	}

	/** The version table at the head, one successful upgrade row per revision and nothing else. */
	static void assertEachRevisionRanOnce(Connections database) throws SQLException {
		assertThat(query(database, "select version_num from retort_version")).containsExactly("c0cc00000050");
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= REVISIONS; i++) {
			expected.add(String.format("c0cc000000%02d", i));
		}
		assertThat(query(database, "select revision from retort_history where direction = 'upgrade'"
				+ " and outcome = 'SUCCESS' order by revision")).containsExactlyElementsOf(expected);
		assertThat(query(database, "select count(*) from retort_history")).containsExactly(Integer.toString(REVISIONS));
		assertThat(query(database, "select revision from conc_applied order by revision"))
			.containsExactlyElementsOf(expected);
	}

	static List<String> query(Connections database, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	@FunctionalInterface
	interface Connections {

		Connection connect() throws SQLException;

	}

}
