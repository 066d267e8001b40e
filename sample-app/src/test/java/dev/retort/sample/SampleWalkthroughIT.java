package dev.retort.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walkthrough, performed as a user does it, in a copy of the sample taken back to
 * before its revisions existed: {@code mvn retort:*} goals, the packaged jar (its command mode
 * and the running application over HTTP), and the database checked after each step. Users
 * created through the REST API before {@code Add is_active to User} must survive it, active.
 */
class SampleWalkthroughIT {

	private static final Path SAMPLE = Path.of("").toAbsolutePath();

	/** The sample's dependency on Retort's test support, with the comment above it. */
	private static final Pattern TEST_SUPPORT = Pattern.compile(
			"\\s*(<!--[^\\n]*-->\\s*)?<dependency>\\s*<groupId>dev\\.retort</groupId>\\s*<artifactId>retort-core</artifactId>"
					+ "\\s*<type>test-jar</type>.*?</dependency>",
			Pattern.DOTALL);

	private static final String IS_ACTIVE_FIELD = "\tprivate boolean isActive = true;\n\n";

	private static final String IS_ACTIVE_GETTER = "\tpublic boolean isActive() {\n\t\treturn this.isActive;\n\t}\n\n";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path directory;

	@Test
	void onH2() throws Exception {
		walkthrough(new Database("jdbc:h2:file:" + this.directory.resolve("db") + ";AUTO_SERVER=TRUE", "sa", "", '"'));
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void onAServer(TestDatabase db) throws Exception {
		char quote = (db.kind() == DatabaseKind.MARIADB) ? '`' : '"';
		walkthrough(new Database(db.url(), db.user(), db.password(), quote));
	}

	private void walkthrough(Database db) throws Exception {
		Path project = copySampleBeforeItsRevisions();
		Path migrations = project.resolve("src/main/java/dev/retort/sample/migrations");

		Run init = mvn(project, db, "retort:init");
		assertThat(migrations.resolve("package-info.java")).exists();
		assertThat(init.output()).contains("Next steps:");

		Run first = mvn(project, db, "retort:revision", "-Dautogenerate", "-Dmessage=first commit", "retort:upgrade");
		assertThat(first.output()).contains("Detected add table user").contains("Detected add table item");
		String firstId = revisionId(migrations, "_FirstCommit.java");
		assertThat(first.output()).contains("Upgraded " + firstId + ", first commit");
		assertThat(db.columns("user")).containsExactlyInAnyOrder("id", "email", "full_name", "hashed_password",
				"is_superuser");

		mvn(project, db, "package", "-DskipTests");
		try (RunningApplication application = start(project, db)) {
			assertThat(application.post("/users", "{\"email\":\"ada@example.com\",\"fullName\":\"Ada\",\"password\":\"x\"}"))
				.isEqualTo(201);
			assertThat(application.post("/users", "{\"email\":\"alan@example.com\",\"password\":\"y\"}")).isEqualTo(201);
			assertThat(application.get("/actuator/migrations")).contains("\"current\":[\"" + firstId + "\"]");
		}

		restoreIsActive(project);
		Run second = mvn(project, db, "retort:revision", "-Dautogenerate", "-Dmessage=Add is_active to User",
				"retort:upgrade", "retort:check");
		String secondId = revisionId(migrations, "_AddIsActiveToUser.java");
		assertThat(second.output()).contains("Detected add column user.is_active")
			.contains("Upgraded " + secondId + ", Add is_active to User")
			.contains("No new upgrade operations detected");
		assertThat(Files.readString(migrations.resolve("V0002_AddIsActiveToUser.java")))
			.contains("revises = \"" + firstId + "\"")
			.contains("serverDefault(true)");
		assertThat(db.count("select count(*) from " + db.quote("user"))).isEqualTo(2);
		assertThat(db.count("select count(*) from " + db.quote("user") + " where is_active = true")).isEqualTo(2);

		mvn(project, db, "retort:downgrade", "-Dtarget=-1");
		assertThat(db.columns("user")).doesNotContain("is_active");
		assertThat(db.count("select count(*) from " + db.quote("user"))).isEqualTo(2);

		Run upgrade = mvn(project, db, "retort:upgrade", "-Dtarget=" + secondId.substring(0, 4), "retort:history",
				"-DindicateCurrent");
		assertThat(upgrade.output()).contains(firstId + " -> " + secondId + " (head) (current), Add is_active to User")
			.contains("<base> -> " + firstId + ", first commit");
		assertThat(db.count("select count(*) from " + db.quote("user") + " where is_active = true")).isEqualTo(2);

		mvn(project, db, "package", "-DskipTests");
		Run current = java(project, db, "-jar", "target/retort-sample-app.jar", "retort", "current");
		assertThat(current.status()).as(current.output()).isZero();
		assertThat(current.output()).contains(secondId + " (head)");
		try (RunningApplication application = start(project, db)) {
			assertThat(application.get("/users")).contains("\"email\":\"ada@example.com\"")
				.contains("\"active\":true")
				.doesNotContain("\"active\":false");
			assertThat(application.get("/actuator/migrations?check=true")).contains("\"modelDiff\":[]");
		}
	}

	/** The sample's sources and POM, without its revisions and without {@code User.isActive}. */
	private Path copySampleBeforeItsRevisions() throws IOException {
		Path project = this.directory.resolve("app");
		copy(SAMPLE.resolve("src/main"), project.resolve("src/main"));
		String pom = Files.readString(SAMPLE.resolve("pom.xml"))
			.replace("<version>0.1.0-SNAPSHOT</version>\n  </parent>", "<version>0.1.0-SNAPSHOT</version>\n    <relativePath>"
					+ SAMPLE.getParent().resolve("pom.xml") + "</relativePath>\n  </parent>");
		assertThat(pom).contains("<relativePath>");
		// The copy has no tests, and a user's application has no use for our test support, which
		// a build that only verifies (and installs nothing) leaves out of the local repository
		pom = TEST_SUPPORT.matcher(pom).replaceAll("");
		assertThat(pom).doesNotContain("test-jar");
		Files.writeString(project.resolve("pom.xml"), pom);
		deleteTree(project.resolve("src/main/java/dev/retort/sample/migrations"));
		Path user = project.resolve("src/main/java/dev/retort/sample/user/User.java");
		String source = Files.readString(user);
		assertThat(source).contains(IS_ACTIVE_FIELD).contains(IS_ACTIVE_GETTER);
		Files.writeString(user, source.replace(IS_ACTIVE_FIELD, "").replace(IS_ACTIVE_GETTER, ""));
		Path controller = project.resolve("src/main/java/dev/retort/sample/user/UserController.java");
		Files.writeString(controller, Files.readString(controller).replace("user.isActive()", "true"));
		return project;
	}

	/** The developer adds {@code private boolean isActive = true;} back to {@code User}. */
	private static void restoreIsActive(Path project) throws IOException {
		for (String file : List.of("user/User.java", "user/UserController.java")) {
			Files.copy(SAMPLE.resolve("src/main/java/dev/retort/sample/" + file),
					project.resolve("src/main/java/dev/retort/sample/" + file),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String revisionId(Path migrations, String fileSuffix) throws IOException {
		try (Stream<Path> files = Files.list(migrations)) {
			Path file = files.filter((candidate) -> candidate.getFileName().toString().endsWith(fileSuffix))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No revision *" + fileSuffix + " in " + migrations));
			Matcher id = Pattern.compile("id = \"([0-9a-f]{12})\"").matcher(Files.readString(file));
			assertThat(id.find()).isTrue();
			return id.group(1);
		}
	}

	private Run mvn(Path project, Database db, String... goals) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp"));
		command.addAll(List.of(goals));
		command.add("-Dretort.arguments=--spring.datasource.url=" + db.url() + ",--spring.datasource.username="
				+ db.user() + ",--spring.datasource.password=" + db.password());
		Run run = run(project, command, 600);
		assertThat(run.status()).as(String.join(" ", goals) + "\n" + run.output()).isZero();
		return run;
	}

	private Run java(Path project, Database db, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(arguments));
		command.addAll(db.arguments());
		return run(project, command, 180);
	}

	private static Run run(Path project, List<String> command, int timeoutSeconds)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile(project.getParent(), "run", ".log");
		Process process = new ProcessBuilder(command).directory(project.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private RunningApplication start(Path project, Database db) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", "target/retort-sample-app.jar", "--server.port=" + port));
		command.addAll(db.arguments());
		Path log = Files.createTempFile(project.getParent(), "app", ".log");
		Process process = new ProcessBuilder(command).directory(project.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		RunningApplication application = new RunningApplication(process, URI.create("http://localhost:" + port), log);
		application.awaitStarted();
		return application;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	private static void deleteTree(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	record Run(int status, String output) {
	}

	record Database(String url, String user, String password, char quoteCharacter) {

		List<String> arguments() {
			return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
					"--spring.datasource.password=" + this.password);
		}

		String quote(String name) {
			return this.quoteCharacter + name + this.quoteCharacter;
		}

		List<String> columns(String table) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select * from " + quote(table) + " where 1 = 0")) {
				ResultSetMetaData metaData = rows.getMetaData();
				List<String> columns = new ArrayList<>();
				for (int i = 1; i <= metaData.getColumnCount(); i++) {
					columns.add(metaData.getColumnName(i).toLowerCase(Locale.ROOT));
				}
				return columns;
			}
		}

		long count(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(sql)) {
				rows.next();
				return rows.getLong(1);
			}
		}

	}

	/** The packaged sample, started as {@code java -jar}, stopped as a service manager does. */
	private final class RunningApplication implements AutoCloseable {

		private final Process process;

		private final URI base;

		private final Path log;

		RunningApplication(Process process, URI base, Path log) {
			this.process = process;
			this.base = base;
			this.log = log;
		}

		void awaitStarted() throws Exception {
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (Instant.now().isBefore(deadline)) {
				if (!this.process.isAlive()) {
					throw new AssertionError("The application stopped:\n" + Files.readString(this.log));
				}
				try {
					if (get("/actuator/health").contains("\"UP\"")) {
						return;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(500);
			}
			throw new AssertionError("The application did not start:\n" + Files.readString(this.log));
		}

		String get(String path) throws IOException, InterruptedException {
			return SampleWalkthroughIT.this.http
				.send(HttpRequest.newBuilder(this.base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}

		int post(String path, String json) throws IOException, InterruptedException {
			return SampleWalkthroughIT.this.http
				.send(HttpRequest.newBuilder(this.base.resolve(path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode();
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}

	}

}
