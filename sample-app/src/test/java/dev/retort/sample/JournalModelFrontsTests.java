package dev.retort.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.runtime.InterruptedStatement;
import dev.retort.runtime.JournalModel;
import dev.retort.runtime.JournalModel.Front;
import dev.retort.runtime.JournalModel.GeneratedRevision;
import dev.retort.runtime.JournalModel.Outcome;
import dev.retort.runtime.JournalModel.Result;
import dev.retort.runtime.Retort;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.SearchSeeds;
import dev.retort.testing.TestDatabase;

/**
 * The runtime's model-based search ({@link JournalModel}) with its commands issued as users issue
 * them: a POST to {@code /actuator/migrations} of a started application, and {@code retort
 * upgrade|downgrade|stamp} of the command mode, each a process of its own (not on H2, whose test
 * database lives in this JVM's memory). The revisions of each case's graph are {@code .sql} files
 * that both find through {@code retort.sql-locations}. After every command the same invariants
 * hold as through the Java API: every statement's effect exactly once, the version table naming
 * the applied revisions, an unfinished step refused until resumed or stamped.
 * <p>
 * {@code -Dretort.model.fronts.cases=N} runs N cases per database (1 by default, each a dozen
 * commands; a command mode's process takes seconds), {@code -Dretort.model.fronts.base=S|random}
 * and {@code -Dretort.model.fronts.seed=S} as {@link SearchSeeds} says.
 */
class JournalModelFrontsTests {

	/** Seeds that once found a defect: always run. */
	private static final long[] REGRESSIONS = {};

	private static final int DEFAULT_CASES = 1;

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path directory;

	@DatabaseTest
	void randomCommandsThroughTheEndpointAndTheCommandModeKeepEveryEffectExactlyOnce(TestDatabase db)
			throws Exception {
		List<Long> seeds = SearchSeeds.seeds("retort.model.fronts", REGRESSIONS, DEFAULT_CASES);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (long seed : seeds) {
			try (TestDatabase database = TestDatabase.of(db.kind());
					Connection connection = database.connect();
					JournalModel.Case modelCase = new JournalModel.Case(database, connection, seed,
						"retort.model.fronts.seed", this::fronts)) {
				for (String entry : modelCase.run()) {
					String front = entry.replaceAll("^[^\\[]*\\[([^\\]]+)\\].*$", "$1");
					outcomes.merge(front + " " + entry.substring(entry.lastIndexOf("->") + 3).replaceAll(":.*", ""), 1,
							Integer::sum);
				}
			}
		}
		System.out.println("[journal-model-fronts] " + db.kind() + ": " + seeds.size() + " cases, commands by front"
				+ " and outcome " + outcomes + ", no invariant broken");
	}

	/** The case's revisions written as files, and the fronts that find them there. */
	private List<Front> fronts(TestDatabase db, List<GeneratedRevision> revisions, Retort retort) throws Exception {
		Path files = Files.createTempDirectory(this.directory, "revisions");
		for (GeneratedRevision revision : revisions) {
			Files.writeString(files.resolve(revision.id() + ".sql"), revision.sqlFile());
		}
		List<String> settings = List.of("--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
				"--spring.jpa.hibernate.ddl-auto=none", "--spring.main.banner-mode=off", "--retort.startup=none",
				"--retort.revisions-package=dev.retort.sample.nothing", "--retort.sql-locations=file:" + files);
		Path runs = Files.createTempDirectory(this.directory, "runs");
		List<Front> fronts = new ArrayList<>();
		if (db.kind() != DatabaseKind.H2) {
			fronts.add(new CommandMode(new SampleProcesses(runs), settings));
		}
		fronts.add(new Endpoint(settings));
		return fronts;
	}

	/** {@code POST /actuator/migrations} of an application started for the case. */
	private static final class Endpoint implements Front {

		private final ConfigurableApplicationContext context;

		private final URI uri;

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		Endpoint(List<String> settings) {
			List<String> arguments = new ArrayList<>(settings);
			arguments.addAll(List.of("--server.port=0", "--management.endpoints.web.exposure.include=migrations",
					"--management.endpoint.migrations.access=unrestricted"));
			this.context = new SpringApplicationBuilder(SampleApplication.class).run(arguments.toArray(String[]::new));
			int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
			this.uri = URI.create("http://127.0.0.1:" + port + "/actuator/migrations");
		}

		@Override
		public String name() {
			return "endpoint";
		}

		@Override
		public Result migrate(String action, String target, InterruptedStatement interrupted) throws Exception {
			ObjectNode body = json.createObjectNode().put("action", action).put("target", target);
			if (interrupted != null) {
				body.put("interruptedStatement", interrupted.name().toLowerCase(Locale.ROOT));
			}
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.uri)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(90))
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				return new Result(Outcome.OK, "");
			}
			// Retort's refusals and failures are a 400 or 409 with its error; anything else is the test's failure
			String message = json.readTree(response.body()).path("error").asString("");
			if ((response.statusCode() != 400 && response.statusCode() != 409) || message.isEmpty()) {
				throw new AssertionError("The endpoint answered " + action + " " + target + " with "
						+ response.statusCode() + ": " + response.body());
			}
			return new Result(JournalModel.outcomeOf(message), message);
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

	/** {@code retort <action> <target>} of the command mode, a process each. */
	private record CommandMode(SampleProcesses processes, List<String> settings) implements Front {

		@Override
		public String name() {
			return "command mode";
		}

		@Override
		public Result migrate(String action, String target, InterruptedStatement interrupted) throws Exception {
			List<String> arguments = new ArrayList<>(List.of("retort", action, target));
			if (interrupted != null) {
				arguments.add("--" + interrupted.name().toLowerCase(Locale.ROOT) + "-statement");
			}
			arguments.addAll(this.settings);
			Run run = this.processes.start(List.of(), arguments).await(Duration.ofMinutes(2));
			if (run.status() == 0) {
				return new Result(Outcome.OK, run.output());
			}
			// Retort's refusals and failures exit 1 with one FAILED line; anything else is the test's failure
			String failed = run.output()
				.lines()
				.filter((line) -> line.startsWith("FAILED: "))
				.findFirst()
				.orElse(null);
			if (run.status() != 1 || failed == null || failed.contains("The application did not start")) {
				throw new AssertionError("retort " + String.join(" ", arguments.subList(1, 3)) + " exited "
						+ run.status() + ":\n" + run.output());
			}
			return new Result(JournalModel.outcomeOf(failed), failed);
		}

	}

}
