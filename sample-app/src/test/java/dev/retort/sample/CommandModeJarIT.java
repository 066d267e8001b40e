package dev.retort.sample;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every verb of the command mode as a user runs it in production, {@code java -jar
 * retort-sample-app.jar retort <verb>}, with its output and exit status, on H2 and PostgreSQL.
 * Runs after {@code package}, on the repackaged jar.
 */
class CommandModeJarIT {

	private static final Path JAR = Path.of("target", "retort-sample-app.jar");

	@TempDir
	Path directory;

	@Test
	void everyVerbOnH2() throws Exception {
		String url = "jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE";
		everyVerb(new Target(url, "sa", ""));
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void everyVerbOnPostgresql(TestDatabase db) throws Exception {
		everyVerb(new Target(db.url(), db.user(), db.password()));
	}

	@Test
	void aRenameIsAskedAtATerminalAndWithoutOneTakenOnlyWhenAccepted() throws Exception {
		Target target = new Target("jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE", "sa", "");
		Path migrations = this.directory.resolve("src/main/java/dev/retort/sample/migrations");
		assertThat(retort(target, "upgrade", "head").status()).isZero();
		target.execute("alter table \"user\" alter column full_name rename to display_name");

		// Without a terminal nobody confirms, and the names differ: a drop and an add, saying why
		Run unconfirmed = retort(target, "revision", "--autogenerate", "-m", "rename unconfirmed");
		assertThat(unconfirmed.status()).as(unconfirmed.output()).isZero();
		assertThat(unconfirmed.output()).contains("Detected add column user.full_name (possible rename of display_name")
			.doesNotContain("Did you rename");
		assertThat(javaRevisions(migrations)).singleElement().satisfies((file) -> {
			assertThat(Files.readString(file)).doesNotContain("op.renameColumn(\"user\"")
				.contains("possible rename of display_name")
				.contains("op.dropColumn(\"user\", \"display_name\")");
			Files.delete(file);
		});

		Run inferred = retort(target, "revision", "--autogenerate", "--accept-renames", "-m", "rename inferred");
		assertThat(inferred.status()).as(inferred.output()).isZero();
		assertThat(inferred.output())
			.contains("Detected rename column user.display_name to full_name (inferred: renames accepted)")
			.doesNotContain("Did you rename");
		assertThat(javaRevisions(migrations)).singleElement().satisfies((file) -> {
			assertThat(Files.readString(file)).contains("op.renameColumn(\"user\", \"display_name\", \"full_name\")");
			Files.delete(file);
		});

		// script(1) gives the process a terminal, where a person answers "n"
		List<String> command = retortCommand(target, "revision", "--autogenerate", "-m", "rename declined");
		String line = String.join(" ", command.stream().map((argument) -> "'" + argument + "'").toList());
		Process process = new ProcessBuilder("script", "-qec", line, "/dev/null").directory(this.directory.toFile())
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().write("n\n".getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().flush();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("Did you rename user.display_name to user.full_name? [Y/n]")
			.contains("Detected add column user.full_name")
			.contains("Detected drop column user.display_name  [destructive]");
		assertThat(javaRevisions(migrations)).singleElement()
			.satisfies((file) -> assertThat(Files.readString(file)).doesNotContain("renameColumn")
				.contains("op.dropColumn(\"user\", \"display_name\")"));
	}

	/**
	 * {@code retort upgrade --sql base:head > upgrade.sql} with the URL where users keep it, in
	 * the application's configuration ({@code config/application.yml} beside the jar) and behind a
	 * placeholder: standard output is the script and nothing else, the database it names is
	 * neither reached nor created, and the script runs in PostgreSQL's own client.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void offlineSqlTakesTheUrlFromTheConfigurationAndPrintsOnlySql(TestDatabase db) throws Exception {
		Files.createDirectories(this.directory.resolve("config"));
		Files.writeString(this.directory.resolve("config/application.yml"), """
				spring:
				  datasource:
				    url: ${DB_URL:jdbc:h2:file:./db}
				""");

		Output h2 = retortSql(Map.of(), "upgrade", "--sql", "base:head");
		assertThat(h2.status()).as(h2.stderr()).isZero();
		assertPureSql(h2.stdout());
		assertThat(h2.stdout()).doesNotContain("BEGIN;").contains("create table \"user\"");
		try (Stream<Path> files = Files.walk(this.directory)) {
			assertThat(files.map(Path::toString)).noneMatch((file) -> file.endsWith(".mv.db"));
		}
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:offline", "sa", "");
				Statement statement = connection.createStatement()) {
			for (String sql : h2.stdout().split(";\n")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
			assertThat(versionNum(statement)).isEqualTo("419b366a45aa");
		}

		// A PostgreSQL URL that no server answers: nothing connects
		Output postgresql = retortSql(Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere"), "upgrade", "--sql",
				"base:head");
		assertThat(postgresql.status()).as(postgresql.stderr()).isZero();
		assertPureSql(postgresql.stdout());
		assertThat(postgresql.stdout()).startsWith("BEGIN;").endsWith("COMMIT;\n");
		psql(db, postgresql.stdout());
		try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
				Statement statement = connection.createStatement()) {
			statement.execute("set search_path to " + db.schema());
			assertThat(versionNum(statement)).isEqualTo("419b366a45aa");
		}
	}

	/** Every line a statement's, or a comment: a log line among them would fail the script. */
	private static void assertPureSql(String script) {
		assertThat(script.lines().filter((line) -> !line.isBlank()))
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).as(script)
				.matches("(?i)(--|BEGIN;|COMMIT;|create |alter |insert into |update |delete from |drop ).*"));
	}

	private static String versionNum(Statement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery("select version_num from retort_version")) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

	private static void psql(TestDatabase db, String script) throws IOException, InterruptedException {
		URI uri = URI.create(db.url().substring("jdbc:".length()));
		ProcessBuilder builder = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p",
				String.valueOf(uri.getPort()), "-U", db.user(), "-d", uri.getPath().substring(1));
		builder.environment().put("PGPASSWORD", db.password());
		Process process = builder.redirectErrorStream(true).start();
		process.getOutputStream()
			.write(("SET search_path TO " + db.schema() + ";\n" + script).getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("psql said: %s%nto the script:%n%s", output, script).isZero();
	}

	/**
	 * Runs the jar in the directory with nothing about the database on the command line, its
	 * standard output and standard error apart.
	 */
	private Output retortSql(Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(), "retort"));
		command.addAll(List.of(arguments));
		Path stderr = Files.createTempFile(this.directory, "stderr", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectError(stderr.toFile());
		builder.environment().remove("DB_URL");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Output(process.exitValue(), stdout, Files.readString(stderr));
	}

	record Output(int status, String stdout, String stderr) {
	}

	private void everyVerb(Target target) throws Exception {
		Path sources = this.directory.resolve("src/main/java");
		Path migrations = sources.resolve("dev/retort/sample/migrations");
		Path sql = this.directory.resolve("sql");

		Run init = retort(target, "init");
		assertThat(init.status()).as(init.output()).isZero();
		assertThat(init.output()).contains("Created the revisions package dev.retort.sample.migrations")
			.contains("Next steps:");
		assertThat(migrations.resolve("package-info.java")).exists();

		Run notUpToDate = retort(target, "check");
		assertThat(notUpToDate.status()).as(notUpToDate.output()).isEqualTo(1);
		assertThat(notUpToDate.output()).contains("FAILED: The database is not up to date: it is at base")
			.contains("upgrade heads");

		Run upgrade = retort(target, "upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).containsPattern("Upgraded 6815160da2bb, first commit \\(\\d+ ms\\)")
			.contains("Upgraded 419b366a45aa, Add is_active to User")
			.contains("The database is at 419b366a45aa.");

		Run agreeing = retort(target, "check");
		assertThat(agreeing.status()).as(agreeing.output()).isZero();
		assertThat(agreeing.output()).contains("No new upgrade operations detected");
		Run nothing = retort(target, "revision", "--autogenerate", "-m", "nothing");
		assertThat(nothing.status()).as(nothing.output()).isZero();
		assertThat(nothing.output()).contains("No changes detected");
		assertThat(javaRevisions(migrations)).isEmpty();

		// The database loses a column the entities map: check fails, autogenerate writes it back
		target.execute("alter table \"user\" drop column full_name");
		Run differing = retort(target, "check");
		assertThat(differing.status()).as(differing.output()).isEqualTo(1);
		assertThat(differing.output()).contains("Detected add column user.full_name")
			.contains("FAILED: New upgrade operations detected (1)");
		Run autogenerate = retort(target, "revision", "--autogenerate", "-m", "Restore the full name");
		assertThat(autogenerate.status()).as(autogenerate.output()).isZero();
		assertThat(autogenerate.output()).contains("Detected add column user.full_name").contains("... done");
		assertThat(javaRevisions(migrations)).singleElement().satisfies((file) -> {
			assertThat(file.getFileName().toString()).endsWith("_RestoreTheFullName.java");
			assertThat(Files.readString(file)).contains("revises = \"419b366a45aa\"")
				.contains("op.addColumn(\"user\", Columns.column(\"full_name\", Types.string(255)))")
				.contains("op.dropColumn(\"user\", \"full_name\")");
		});
		target.execute("alter table \"user\" add column full_name varchar(255)");
		assertThat(retort(target, "check").status()).isZero();

		// A branch from the first revision, as a SQL revision read from a directory at run time
		Run branch = retort(target, "revision", "-m", "audit branch", "--format", "sql", "--head", "6815160da2bb",
				"--splice", "--rev-id", "a0d1700b5a1c");
		assertThat(branch.status()).as(branch.output()).isZero();
		assertThat(sqlRevisions(sql)).hasSize(1);
		Run heads = retort(target, "heads");
		assertThat(heads.output()).contains("419b366a45aa (head)").contains("a0d1700b5a1c (head)");
		Run branches = retort(target, "branches");
		assertThat(branches.output()).contains("6815160da2bb").contains("-> 419b366a45aa").contains("-> a0d1700b5a1c");
		Run ambiguous = retort(target, "upgrade", "head");
		assertThat(ambiguous.status()).isEqualTo(1);
		assertThat(ambiguous.output()).contains("FAILED:").contains("heads");
		Run both = retort(target, "upgrade", "heads");
		assertThat(both.status()).as(both.output()).isZero();
		assertThat(both.output()).contains("Upgraded a0d1700b5a1c, audit branch");
		assertThat(retort(target, "current").output()).contains("419b366a45aa").contains("a0d1700b5a1c");
		Run merge = retort(target, "merge", "heads", "-m", "merge audit");
		assertThat(merge.status()).as(merge.output()).isZero();
		assertThat(javaRevisions(migrations)).anySatisfy((file) -> assertThat(Files.readString(file))
			.contains("revises = { \"419b366a45aa\", \"a0d1700b5a1c\" }").contains("message = \"merge audit\""));

		Run history = retort(target, "history", "--indicate-current");
		assertThat(history.status()).isZero();
		assertThat(history.output()).contains("6815160da2bb -> 419b366a45aa (head) (current), Add is_active to User")
			.contains("6815160da2bb -> a0d1700b5a1c (head) (current), audit branch")
			.contains("<base> -> 6815160da2bb (branchpoint), first commit");
		Run show = retort(target, "show", "419b");
		assertThat(show.output()).contains("Rev: 419b366a45aa (head)").contains("Parent: 6815160da2bb");

		Run downgrade = retort(target, "downgrade", "a0d1700b5a1c@-1");
		assertThat(downgrade.status()).as(downgrade.output()).isZero();
		assertThat(downgrade.output()).contains("Downgraded a0d1700b5a1c");
		Run stamp = retort(target, "stamp", "6815160da2bb", "--purge");
		assertThat(stamp.status()).as(stamp.output()).isZero();
		assertThat(retort(target, "current").output()).contains("6815160da2bb").doesNotContain("419b366a45aa");
		Run restamp = retort(target, "stamp", "heads");
		assertThat(restamp.status()).as(restamp.output()).isZero();
		Run base = retort(target, "downgrade", "base");
		assertThat(base.status()).as(base.output()).isZero();
		assertThat(base.output()).contains("Downgraded 6815160da2bb").contains("The database is at base.");

		Run usage = retort(target, "downgrade");
		assertThat(usage.status()).isEqualTo(2);
		Run help = retort(target, "revision", "--help");
		assertThat(help.status()).isZero();
		assertThat(help.output()).contains("--autogenerate").contains("--no-renames").contains("--accept-renames");
	}

	private static List<Path> javaRevisions(Path migrations) throws IOException {
		try (Stream<Path> files = Files.list(migrations)) {
			return files.filter((file) -> !file.getFileName().toString().equals("package-info.java")).toList();
		}
	}

	private static List<Path> sqlRevisions(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).toList();
		}
	}

	private Run retort(Target target, String... arguments) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(retortCommand(target, arguments)).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

	private List<String> retortCommand(Target target, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(), "retort"));
		command.addAll(List.of(arguments));
		command.add("--spring.datasource.url=" + target.url());
		command.add("--spring.datasource.username=" + target.user());
		command.add("--spring.datasource.password=" + target.password());
		command.add("--retort.source-directory=" + this.directory.resolve("src/main/java"));
		command.add("--retort.sql-locations=file:" + this.directory.resolve("sql") + ",classpath:db/revisions");
		return command;
	}

	record Run(int status, String output) {
	}

	record Target(String url, String user, String password) {

		void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

}
