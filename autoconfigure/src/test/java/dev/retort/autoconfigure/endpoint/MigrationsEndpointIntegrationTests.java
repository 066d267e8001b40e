package dev.retort.autoconfigure.endpoint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.autoconfigure.fixture.FixtureWebApplication;
import dev.retort.autoconfigure.fixture.Person;
import dev.retort.autoconfigure.fixture.PersonRepository;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A started application on a real server, called over HTTP: start-up migrates before JPA
 * validates the schema, and {@code /actuator/migrations} reads and acts as the design says.
 */
class MigrationsEndpointIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
				"--spring.jpa.hibernate.ddl-auto=validate",
				"--management.endpoints.web.exposure.include=health,migrations,metrics",
				"--management.endpoint.health.show-details=always", "--spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(FixtureWebApplication.class).run(all.toArray(String[]::new));
	}

	@DatabaseTest
	void startUpMigratesBeforeJpaValidatesAndTheEndpointShowsIt(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			context.getBean(PersonRepository.class).save(new Person(1L, "Ada", "ada@example.com"));
			assertThat(context.getBean(PersonRepository.class).count()).isOne();

			HttpResponse<String> response = get(context, "/actuator/migrations");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			assertThat(texts(body.get("current"))).containsExactly("b2c3d4e5f6a1");
			assertThat(texts(body.get("heads"))).containsExactly("b2c3d4e5f6a1");
			assertThat(texts(body.get("pending"))).isEmpty();
			assertThat(body.has("modelDiff")).isFalse();
			JsonNode newest = body.get("revisions").get(0);
			assertThat(newest.get("id").asString()).isEqualTo("b2c3d4e5f6a1");
			assertThat(texts(newest.get("revises"))).containsExactly("a1b2c3d4e5f6");
			assertThat(newest.get("message").asString()).isEqualTo("Add email to person");
			assertThat(newest.get("state").asString()).isEqualTo("applied");
			assertThat(newest.get("appliedAt").asString()).isNotBlank();
			assertThat(newest.get("durationMs").isNumber()).isTrue();
			assertThat(newest.get("checksumMatches").asBoolean()).isTrue();

			JsonNode revision = json.readTree(get(context, "/actuator/migrations/a1b2c3d4e5f6").body());
			assertThat(revision.get("upgradeSql").get(0).asString()).containsIgnoringCase("create table person");
			assertThat(revision.get("downgradeSql").get(0).asString()).containsIgnoringCase("drop table person");
			// A new table: nothing a live site need fear
			assertThat(revision.get("lint").isArray()).isTrue();
			assertThat(revision.get("lint")).isEmpty();
			assertThat(get(context, "/actuator/migrations/ffffffffffff").statusCode()).isEqualTo(404);

			JsonNode health = json.readTree(get(context, "/actuator/health/migrations").body());
			assertThat(health.get("status").asString()).isEqualTo("UP");

			JsonNode timer = json.readTree(get(context, "/actuator/metrics/retort.migration").body());
			assertThat(timer.get("availableTags").toString()).contains("revision", "direction", "a1b2c3d4e5f6");

			// Writes are refused under the endpoint's default (read-only) access
			assertThat(post(context, "{\"action\": \"downgrade\", \"target\": \"-1\"}").statusCode()).isEqualTo(405);
		}
	}

	@DatabaseTest
	void writesUpgradeDowngradeAndStampWhenGranted(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db,
				"--management.endpoint.migrations.access=unrestricted")) {
			HttpResponse<String> downgrade = post(context, "{\"action\": \"downgrade\", \"target\": \"-1\"}");
			assertThat(downgrade.statusCode()).isEqualTo(200);
			JsonNode result = json.readTree(downgrade.body());
			assertThat(result.get("action").asString()).isEqualTo("downgrade");
			assertThat(texts(result.get("from"))).containsExactly("b2c3d4e5f6a1");
			assertThat(texts(result.get("to"))).containsExactly("a1b2c3d4e5f6");
			assertThat(result.get("steps").get(0).get("revision").asString()).isEqualTo("b2c3d4e5f6a1");
			assertThat(result.get("steps").get(0).get("direction").asString()).isEqualTo("downgrade");

			JsonNode status = json.readTree(get(context, "/actuator/migrations").body());
			assertThat(texts(status.get("pending"))).containsExactly("b2c3d4e5f6a1");
			assertThat(json.readTree(get(context, "/actuator/health/migrations").body()).get("status").asString())
				.isEqualTo("OUT_OF_SERVICE");

			HttpResponse<String> upgrade = post(context, "{\"action\": \"upgrade\"}");
			assertThat(upgrade.statusCode()).isEqualTo(200);
			assertThat(texts(json.readTree(upgrade.body()).get("to"))).containsExactly("b2c3d4e5f6a1");

			HttpResponse<String> stamp = post(context, "{\"action\": \"stamp\", \"target\": \"a1b2\"}");
			assertThat(stamp.statusCode()).isEqualTo(200);
			assertThat(texts(json.readTree(stamp.body()).get("to"))).containsExactly("a1b2c3d4e5f6");
		}
	}

	@DatabaseTest
	void checkComparesTheEntitiesWithTheDatabase(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			HttpResponse<String> agreeing = get(context, "/actuator/migrations?check=true");
			assertThat(agreeing.statusCode()).as(agreeing.body()).isEqualTo(200);
			assertThat(texts(json.readTree(agreeing.body()).get("modelDiff"))).isEmpty();

			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute("alter table person drop column email");
			}
			HttpResponse<String> differing = get(context, "/actuator/migrations?check=true");
			assertThat(differing.statusCode()).as(differing.body()).isEqualTo(200);
			assertThat(texts(json.readTree(differing.body()).get("modelDiff"))).containsExactly("add column person.email");
		}
	}

	@DatabaseTest({ DatabaseKind.H2 })
	void checkRefusesADatabaseThatIsNotAtTheHeads(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db, "--management.endpoint.migrations.access=unrestricted")) {
			assertThat(post(context, "{\"action\": \"downgrade\", \"target\": \"-1\"}").statusCode()).isEqualTo(200);
			assertError(get(context, "/actuator/migrations?check=true"), 409, "not up to date");
		}
	}

	@DatabaseTest({ DatabaseKind.H2 })
	void badInputGets400WithAMessageAndChangesNothing(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db,
				"--management.endpoint.migrations.access=unrestricted")) {
			assertError(post(context, "{\"action\": \"explode\", \"target\": \"head\"}"), 400, "Unknown action 'explode'");
			assertError(post(context, "{\"action\": \"upgrade\", \"target\": \"nosuchrev\"}"), 400, "nosuchrev");
			assertError(post(context, "{\"action\": \"downgrade\"}"), 400, "Missing \"target\"");
			assertError(post(context, "{\"target\": \"head\"}"), 400, "Missing \"action\"");
			assertError(post(context, "{\"action\": \"upgrade\", \"target\": \"head'; drop table person; --\"}"), 400,
					"drop table person");
			assertThat(post(context, "{not json").statusCode()).isEqualTo(400);
			assertThat(texts(json.readTree(get(context, "/actuator/migrations").body()).get("current")))
				.containsExactly("b2c3d4e5f6a1");
		}
	}

	@DatabaseTest({ DatabaseKind.H2 })
	void aHeldLockAnswers409(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db, "--management.endpoint.migrations.access=unrestricted",
				"--retort.lock-timeout=1s"); Connection holder = db.connect()) {
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.executeQuery("select id from retort_version_lock where id = 1 for update").close();
				assertError(post(context, "{\"action\": \"downgrade\", \"target\": \"-1\"}"), 409, "migration lock");
			}
			finally {
				holder.rollback();
			}
		}
	}

	/**
	 * In a rolling deploy an older instance meets a database that a newer one migrated past its
	 * code: it shows where the database is, and what of its own revisions is applied.
	 */
	@DatabaseTest
	void anOlderInstanceShowsADatabaseAheadOfItsCode(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute("update retort_version set version_num = 'c3d4e5f6a1b2'");
				statement.execute("insert into retort_history (id, revision, direction, checksum, started_at, outcome,"
						+ " statements_done) values (1000, 'c3d4e5f6a1b2', 'upgrade', '2:0000000000000000',"
						+ " current_timestamp, 'SUCCESS', 1)");
			}
			HttpResponse<String> response = get(context, "/actuator/migrations");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode body = json.readTree(response.body());
			assertThat(texts(body.get("current"))).containsExactly("c3d4e5f6a1b2");
			assertThat(texts(body.get("unknown"))).containsExactly("c3d4e5f6a1b2");
			assertThat(texts(body.get("pending"))).isEmpty();
			assertThat(body.get("revisions").findValuesAsString("state")).containsOnly("applied");
			assertThat(get(context, "/actuator/migrations/a1b2c3d4e5f6").statusCode()).isEqualTo(200);
		}
	}

	private static void assertError(HttpResponse<String> response, int status, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json.readTree(response.body()).get("error").asString()).contains(message);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(context, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext context, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(context, "/actuator/migrations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext context, String path) {
		return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asString()));
		return texts;
	}

}
