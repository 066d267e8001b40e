package dev.retort.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight HTTP clients call the endpoint's upgrade at the same moment on an application that has
 * not migrated (start-up migration off): each gets 200, with the steps it ran, or a 409 naming
 * the migration lock; the fifty revisions run once in all. The connection pool is smaller than
 * two connections per client, as pools often are, so that commands waiting for the lock must not
 * hold the connections the one migrating needs.
 */
class ConcurrentEndpointUpgradeTests {

	private static final int CLIENTS = 8;

	private static final JsonMapper json = JsonMapper.builder().build();

	@DatabaseTest
	void eightClientsUpgradeAtOnceAndEachRevisionRunsOnce(TestDatabase db) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--spring.datasource.hikari.maximum-pool-size=4",
				"--spring.jpa.hibernate.ddl-auto=none", "--spring.main.banner-mode=off", "--retort.startup=none",
				"--retort.lock-timeout=20s", "--retort.revisions-package=dev.retort.sample.concurrency",
				"--management.endpoints.web.exposure.include=migrations",
				"--management.endpoint.migrations.access=unrestricted")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			HttpRequest upgrade = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/migrations"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(90))
				.POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"upgrade\",\"target\":\"head\"}"))
				.build();
			List<HttpResponse<String>> responses = sendAtOnce(http, upgrade);
			int steps = 0;
			int conflicts = 0;
			for (HttpResponse<String> response : responses) {
				JsonNode body = json.readTree(response.body());
				assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
				if (response.statusCode() == 409) {
					assertThat(body.get("error").asString()).contains("migration lock").contains("retort.lock-timeout");
					conflicts++;
					continue;
				}
				steps += body.get("steps").size();
				assertThat(body.get("to").get(0).asString()).isEqualTo("c0cc00000050");
			}
			assertThat(conflicts).as("clients answered 409").isLessThan(CLIENTS);
			assertThat(steps).as("steps run, summed over the 200 answers").isEqualTo(ConcurrentStartUpProcessTests.REVISIONS);
			ConcurrentStartUpProcessTests.assertEachRevisionRanOnce(db::connect);
		}
	}

	private static List<HttpResponse<String>> sendAtOnce(HttpClient http, HttpRequest request) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			CyclicBarrier start = new CyclicBarrier(CLIENTS);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				futures.add(clients.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(2, TimeUnit.MINUTES));
			}
			return responses;
		}
		finally {
			clients.shutdownNow();
		}
	}

}
