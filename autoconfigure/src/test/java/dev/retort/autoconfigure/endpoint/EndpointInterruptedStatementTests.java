package dev.retort.autoconfigure.endpoint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Disabled;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.autoconfigure.SchemaSnapshot;
import dev.retort.autoconfigure.fixture.FixtureWebApplication;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code "interruptedStatement"} beside the action of {@code POST /actuator/migrations}: a value
 * that is not a choice, or a choice where no step is unfinished or the action resumes none, is
 * answered 400 with a message, and changes nothing.
 */
class EndpointInterruptedStatementTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@DatabaseTest(DatabaseKind.H2)
	void aBogusOrNeedlessChoiceIsABadRequestThatChangesNothing(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			List<String> before = SchemaSnapshot.of(db);
			assertBadRequest(context, "{\"action\": \"upgrade\", \"interruptedStatement\": \"bogus\"}",
					"Unknown \"interruptedStatement\" 'bogus'");
			assertBadRequest(context, "{\"action\": \"upgrade\", \"interruptedStatement\": \"rerun; drop table person\"}",
					"use rerun or skip");
			assertBadRequest(context, "{\"action\": \"stamp\", \"target\": \"base\", \"interruptedStatement\": \"x\"}",
					"use rerun or skip");
			assertBadRequest(context, "{\"action\": \"upgrade\", \"interruptedStatement\": \"skip\"}",
					"no step is unfinished");
			assertBadRequest(context,
					"{\"action\": \"downgrade\", \"target\": \"-1\", \"interruptedStatement\": \"RERUN\"}",
					"no step is unfinished");
			HttpResponse<String> number = post(context, "{\"action\": \"upgrade\", \"interruptedStatement\": 42}");
			assertThat(number.statusCode()).as(number.body()).isBetween(400, 499);
			assertThat(SchemaSnapshot.of(db)).containsExactlyElementsOf(before);
		}
	}

	@DatabaseTest(DatabaseKind.H2)
	void aChoiceBesideAStampIsABadRequest(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = start(db)) {
			List<String> before = SchemaSnapshot.of(db);
			assertBadRequest(context, "{\"action\": \"stamp\", \"target\": \"base\", \"interruptedStatement\": \"skip\"}",
					"interruptedStatement");
			assertThat(SchemaSnapshot.of(db)).containsExactlyElementsOf(before);
		}
	}

	private ConfigurableApplicationContext start(TestDatabase db) {
		return new SpringApplicationBuilder(FixtureWebApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--spring.jpa.hibernate.ddl-auto=validate",
				"--management.endpoints.web.exposure.include=migrations", "--spring.main.banner-mode=off",
				"--management.endpoint.migrations.access=unrestricted");
	}

	private void assertBadRequest(ConfigurableApplicationContext context, String body, String message)
			throws Exception {
		HttpResponse<String> response = post(context, body);
		assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
		assertThat(json.readTree(response.body()).get("error").asString()).as(body).contains(message);
	}

	private HttpResponse<String> post(ConfigurableApplicationContext context, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
				+ context.getEnvironment().getProperty("local.server.port") + "/actuator/migrations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
