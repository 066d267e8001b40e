package dev.retort.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Offline scripts, fed to the databases' own command-line clients.
 */
class OfflineScriptTest {

	private static final RevisionGraph BRANCHED = Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class,
			Fixtures.Right.class, Fixtures.Merge.class);

	@Test
	void headsEachRevisionAndRecordsItInTheVersionTable() {
		String script = new OfflineScript(BRANCHED, DatabasePlatforms.offlineRenderer(DatabaseFamily.POSTGRESQL),
				RetortSettings.defaults())
			.upgrade("base:bbbb");
		assertThat(script).startsWith("BEGIN;")
			.contains("create table retort_version")
			.contains("-- Running upgrade  -> aaaa00000001, Base")
			.contains("INSERT INTO retort_version (version_num) VALUES ('aaaa00000001');")
			.contains("-- Running upgrade aaaa00000001 -> bbbb00000002, Left")
			.contains("UPDATE retort_version SET version_num = 'bbbb00000002' WHERE version_num = 'aaaa00000001';")
			.endsWith("COMMIT;\n");
	}

	@Test
	void anOfflineDowngradeNeedsItsStart() {
		OfflineScript offline = new OfflineScript(BRANCHED, DatabasePlatforms.offlineRenderer(DatabaseFamily.MARIADB),
				RetortSettings.defaults());
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> offline.downgrade("base"))
			.withMessageContaining("<from>:<to>");
		assertThat(offline.downgrade("dddd:aaaa")).contains("-- Running downgrade dddd00000004 -> ")
			.contains("drop table t_left")
			.doesNotContain("BEGIN;");
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void theScriptRunsCleanlyInTheDatabasesOwnClient(TestDatabase db) throws Exception {
		DatabaseFamily family = (db.kind() == DatabaseKind.POSTGRESQL) ? DatabaseFamily.POSTGRESQL
				: DatabaseFamily.MARIADB;
		OfflineScript offline = new OfflineScript(BRANCHED, DatabasePlatforms.offlineRenderer(family), RetortSettings.defaults());
		run(db, offline.upgrade("heads"));
		Retort retort = Retort.builder(db.dataSource(), BRANCHED).build();
		assertThat(retort.current()).containsExactly("dddd00000004");
		run(db, offline.downgrade("dddd00000004:base"));
		assertThat(retort.current()).isEmpty();
	}

	/**
	 * A message is the author's free text: a line break in it must not end the comment and turn
	 * the rest into statements the database runs.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aMessageOfSeveralLinesStaysInTheComment(TestDatabase db) throws Exception {
		DatabaseFamily family = (db.kind() == DatabaseKind.POSTGRESQL) ? DatabaseFamily.POSTGRESQL
				: DatabaseFamily.MARIADB;
		RevisionGraph graph = Fixtures.graph(Fixtures.Base.class, SeveralLines.class);
		String script = new OfflineScript(graph, DatabasePlatforms.offlineRenderer(family), RetortSettings.defaults())
			.upgrade("base:head");
		run(db, script);
		try (var connection = db.dataSource().getConnection();
				var statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from t_base")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).as(script).isZero();
		}
		assertThat(script).contains("-- Running upgrade aaaa00000001 -> eeee00000005, Count the users\n"
				+ "-- insert into t_base (id) values (1);\n--\n-- (then the rest)\n");
	}

	@Revision(id = "eeee00000005", revises = "aaaa00000001",
			message = "Count the users\ninsert into t_base (id) values (1);\r\n\r(then the rest)")
	public static class SeveralLines implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	private static void run(TestDatabase db, String script) throws IOException, InterruptedException {
		URI uri = URI.create(db.url().substring("jdbc:".length()));
		List<String> command = new ArrayList<>();
		ProcessBuilder builder;
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			script = "SET search_path TO " + db.schema() + ";\n" + script;
			command.addAll(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p",
					String.valueOf(uri.getPort()), "-U", db.user(), "-d", uri.getPath().substring(1)));
			builder = new ProcessBuilder(command);
			builder.environment().put("PGPASSWORD", db.password());
		}
		else {
			command.addAll(List.of("mariadb", "-h", uri.getHost(), "-P", String.valueOf(uri.getPort()), "-u", db.user(),
					db.schema()));
			builder = new ProcessBuilder(command);
			builder.environment().put("MYSQL_PWD", db.password());
		}
		Process process = builder.redirectErrorStream(true).start();
		process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("%s said: %s%nto the script:%n%s", command.get(0), output, script).isZero();
	}

}
