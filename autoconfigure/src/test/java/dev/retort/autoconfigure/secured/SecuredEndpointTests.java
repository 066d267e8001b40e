package dev.retort.autoconfigure.secured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.retort.runtime.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/migrations} in an application with Spring Security: the endpoint's writes
 * follow the application's rules (anonymous 401, a user without the role 403, an admin may
 * migrate), they stay unavailable under the endpoint's default access whatever the role, and
 * neither the answers nor the log show the database password.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecuredEndpointTests {

	/** The database's password: H2 creates the in-memory database with it. */
	private static final String DATABASE_PASSWORD = "Db-Secret-7f3a9c";

	private static final String DOWNGRADE = "{\"action\": \"downgrade\", \"target\": \"-1\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext start(String... properties) {
		List<String> all = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=" + DATABASE_PASSWORD,
				"--spring.jpa.hibernate.ddl-auto=none", "--spring.main.banner-mode=off",
				"--retort.revisions-package=dev.retort.autoconfigure.fixture.migrations",
				"--management.endpoints.web.exposure.include=health,migrations",
				"--management.endpoint.health.show-details=always"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(SecuredApplication.class).run(all.toArray(String[]::new));
	}

	@Test
	void writesFollowTheApplicationsRoles(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start("--management.endpoint.migrations.access=unrestricted")) {
			Retort retort = context.getBean(Retort.class);
			assertThat(post(context, null, DOWNGRADE).statusCode()).isEqualTo(401);
			assertThat(get(context, null, "/actuator/migrations").statusCode()).isEqualTo(401);
			assertThat(post(context, SecuredApplication.OPERATOR, DOWNGRADE).statusCode()).isEqualTo(403);
			assertThat(post(context, SecuredApplication.ADMIN + "x", DOWNGRADE).statusCode()).isEqualTo(401);
			assertThat(retort.current()).containsExactly("b2c3d4e5f6a1");

			HttpResponse<String> read = get(context, SecuredApplication.OPERATOR, "/actuator/migrations");
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(get(context, null, "/actuator/health").statusCode()).isEqualTo(200);

			HttpResponse<String> downgrade = post(context, SecuredApplication.ADMIN, DOWNGRADE);
			assertThat(downgrade.statusCode()).as(downgrade.body()).isEqualTo(200);
			assertThat(retort.current()).containsExactly("a1b2c3d4e5f6");
			HttpResponse<String> upgrade = post(context, SecuredApplication.ADMIN, "{\"action\": \"upgrade\"}");
			assertThat(upgrade.statusCode()).as(upgrade.body()).isEqualTo(200);
			assertThat(retort.current()).containsExactly("b2c3d4e5f6a1");

			List<String> answers = new ArrayList<>(List.of(read.body(), downgrade.body(), upgrade.body()));
			answers.add(get(context, SecuredApplication.ADMIN, "/actuator/migrations/a1b2c3d4e5f6").body());
			answers.add(get(context, SecuredApplication.ADMIN, "/actuator/health").body());
			answers.add(post(context, SecuredApplication.ADMIN, "{\"action\": \"upgrade\", \"target\": \"nope\"}").body());
			assertThat(String.join("\n", answers)).doesNotContain(DATABASE_PASSWORD);
			assertThat(output.getAll()).doesNotContain(DATABASE_PASSWORD);
		}
	}

	@Test
	void writesStayUnavailableUnderTheDefaultAccessEvenForAnAdmin() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(post(context, SecuredApplication.ADMIN, DOWNGRADE).statusCode()).isEqualTo(405);
			assertThat(post(context, null, DOWNGRADE).statusCode()).isEqualTo(401);
			assertThat(get(context, SecuredApplication.ADMIN, "/actuator/migrations").statusCode()).isEqualTo(200);
			assertThat(context.getBean(Retort.class).current()).containsExactly("b2c3d4e5f6a1");
		}
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String user, String path)
			throws Exception {
		return this.http.send(request(context, user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext context, String user, String body)
			throws Exception {
		return this.http.send(request(context, user, "/actuator/migrations").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext context, String user, String path) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path));
		if (user != null) {
			String password = user.equals(SecuredApplication.ADMIN + "x") ? "wrong" : SecuredApplication.PASSWORD;
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

}
