package dev.retort.autoconfigure.endpoint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.autoconfigure.SchemaSnapshot;
import dev.retort.autoconfigure.fixture.FixtureWebApplication;
import dev.retort.autoconfigure.fixture.Person;
import dev.retort.autoconfigure.fixture.PersonRepository;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken requests to {@code POST /actuator/migrations} with writes granted: what
 * reaches Retort is answered 400 with a message naming the problem; what Actuator rejects itself
 * (JSON it cannot read, a body of the wrong type) keeps Actuator's 4xx. None is a 500, none
 * changes the schema, the version and history rows or the application's data.
 */
class EndpointBadInputTests {

	static final String HUGE = "x".repeat(1024 * 1024);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	/** Bodies that reach Retort, and what its message must say. */
	static Map<String, String> reachingRetort() {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("{\"action\": \"explode\", \"target\": \"head\"}", "Unknown action 'explode'");
		bodies.put("{\"action\": \"upgrade; drop table person; --\"}", "use upgrade, downgrade or stamp");
		bodies.put("{\"action\": \"upgrade\", \"target\": \"head'; drop table person; --\"}", "is not understood");
		bodies.put("{\"action\": \"downgrade\", \"target\": \"base' or '1'='1\"}", "base' or '1'='1");
		bodies.put("{\"action\": \"stamp\", \"target\": \"\\\"; delete from retort_version; --\"}",
				"delete from retort_version");
		bodies.put("{\"action\": \"upgrade\", \"target\": \"a1b2\\u0000; drop table person\"}", "drop table person");
		bodies.put("{\"action\": \"downgrade\", \"target\": \"-99\"}", "-99");
		bodies.put("{\"action\": \"downgrade\"}", "Missing \"target\"");
		bodies.put("{\"target\": \"head\"}", "Missing \"action\"");
		bodies.put("{}", "Missing \"action\"");
		bodies.put("{\"action\": 42}", "Unknown action '42'");
		bodies.put("{\"action\": \"upgrade\", \"target\": \"" + HUGE + "\"}", "characters");
		return bodies;
	}

	/** Bodies that Actuator or Spring MVC reject before the endpoint is called. */
	static List<String> rejectedBeforeRetort() {
		return List.of("{not json", "", "[]", "null", "\"upgrade\"", "{\"action\": [\"upgrade\"]}",
				"{\"action\": {\"a\": 1}}", "[".repeat(5000) + "]".repeat(5000),
				"{\"action\": \"upgrade\", \"padding\": [" + "1,".repeat(2_000_000) + "1]}");
	}

	@DatabaseTest
	void badRequestsGetAClearAnswerAndChangeNothing(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FixtureWebApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--spring.jpa.hibernate.ddl-auto=validate",
				"--management.endpoints.web.exposure.include=migrations", "--spring.main.banner-mode=off",
				"--management.endpoint.migrations.access=unrestricted")) {
			context.getBean(PersonRepository.class).save(new Person(1L, "Ada", "ada@example.com"));
			List<String> before = SchemaSnapshot.of(db);
			for (Map.Entry<String, String> request : reachingRetort().entrySet()) {
				HttpResponse<String> response = post(context, "application/json", request.getKey());
				String what = abbreviate(request.getKey()) + " -> " + abbreviate(response.body());
				assertThat(response.statusCode()).as(what).isEqualTo(400);
				String error = json.readTree(response.body()).get("error").asString();
				assertThat(error).as(what).contains(request.getValue());
				assertThat(error.length()).as(what).isLessThan(1000);
			}
			for (String body : rejectedBeforeRetort()) {
				HttpResponse<String> response = post(context, "application/json", body);
				assertThat(response.statusCode()).as(abbreviate(body) + " -> " + abbreviate(response.body()))
					.isBetween(400, 499);
			}
			assertThat(post(context, "text/plain", "{\"action\": \"downgrade\", \"target\": \"base\"}").statusCode())
				.isBetween(400, 499);
			assertThat(SchemaSnapshot.of(db)).containsExactlyElementsOf(before);
			assertThat(context.getBean(PersonRepository.class).count()).isOne();
			HttpResponse<String> status = this.http.send(HttpRequest.newBuilder(uri(context)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			JsonNode current = json.readTree(status.body()).get("current");
			assertThat(current.get(0).asString()).isEqualTo("b2c3d4e5f6a1");
		}
	}

	private HttpResponse<String> post(ConfigurableApplicationContext context, String contentType, String body)
			throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(context))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext context) {
		return URI.create(
				"http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/actuator/migrations");
	}

	static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "... (" + text.length() + " characters)" : text;
	}

	static List<String> all() {
		List<String> all = new ArrayList<>(reachingRetort().keySet());
		all.addAll(rejectedBeforeRetort());
		return all;
	}

}
