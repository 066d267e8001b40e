package dev.retort.autoconfigure.command;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.retort.ddl.DatabaseFamily;

/**
 * Turns {@code java -jar app.jar retort <verb> [args]} into Retort's command mode: the application
 * starts without a web server, without start-up migration, SQL init scripts or Hibernate schema
 * generation, runs the verb once its context is ready, and exits with the verb's status before
 * any of the application's runners can run.
 * <p>
 * A run listener rather than a runner, because it must change the application before the context
 * exists (no web server) and must act between the context's start and the application runners.
 */
public class CommandModeRunListener implements SpringApplicationRunListener, Ordered {

	static final String PROPERTY_SOURCE_NAME = "retortCommandMode";

	private final CommandModeArguments arguments;

	public CommandModeRunListener(SpringApplication application, String[] args) {
		this.arguments = CommandModeArguments.of(args).orElse(null);
		if (this.arguments != null) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setLogStartupInfo(false);
		}
	}

	/**
	 * Before Spring Boot's own listener, whose environment-prepared event configures logging: the
	 * command mode's quieter logging must be in the environment by then.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		if (this.arguments != null) {
			Map<String, Object> overrides = overrides();
			if (this.arguments.offline()) {
				overrides.putAll(offlineOverrides(environment));
			}
			environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, overrides));
		}
	}

	/**
	 * What command mode forces, whatever the application's configuration says: {@code ddl-auto}
	 * none, so that autogenerate compares the entities with the database as the revisions left
	 * it, even when the application validates or creates its schema.
	 */
	static Map<String, Object> overrides() {
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("retort.startup", "none");
		overrides.put("spring.main.web-application-type", "none");
		overrides.put("spring.sql.init.mode", "never");
		overrides.put("spring.jpa.hibernate.ddl-auto", "none");
		overrides.put("spring.jpa.properties.hibernate.hbm2ddl.auto", "none");
		overrides.put("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none");
		overrides.put("spring.jpa.defer-datasource-initialization", "false");
		overrides.put("logging.level.root", "warn");
		return overrides;
	}

	/**
	 * With {@code --sql} nothing may connect: Hibernate must not ask the database for its dialect,
	 * so it gets the dialect of the database the JDBC URL names.
	 */
	static Map<String, Object> offlineOverrides(ConfigurableEnvironment environment) {
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
		String url = environment.getProperty("retort.url", environment.getProperty("spring.datasource.url", ""));
		String dialect = switch (DatabaseFamily.fromJdbcUrl(url)) {
			case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
			case MARIADB -> url.startsWith("jdbc:mysql:") ? "org.hibernate.dialect.MySQLDialect"
					: "org.hibernate.dialect.MariaDBDialect";
			case H2 -> "org.hibernate.dialect.H2Dialect";
			case OTHER -> null;
		};
		if (dialect != null && !environment.containsProperty("spring.jpa.database-platform")) {
			overrides.put("spring.jpa.database-platform", dialect);
		}
		return overrides;
	}

	/**
	 * The application did not start, most often because the database cannot be reached: one line
	 * naming the cause and what to check, instead of Spring Boot's start-up report (the stack
	 * trace only with {@code --verbose}). Called before Spring Boot reports the failure itself.
	 */
	@Override
	public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
		if (this.arguments != null) {
			System.err.println(
					"FAILED: " + StartUpFailure.describe(exception, (context != null) ? context.getEnvironment() : null));
			if (this.arguments.verbose()) {
				exception.printStackTrace(System.err);
			}
			System.err.flush();
			System.exit(CommandLine.ExitCode.SOFTWARE);
		}
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		if (this.arguments != null) {
			int status = new RetortCommandLine(CommandContext.of(context)).execute(this.arguments);
			System.exit(SpringApplication.exit(context, () -> status));
		}
	}

}
