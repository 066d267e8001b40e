package dev.retort.autoconfigure.command;

import java.io.PrintStream;
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
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Turns {@code java -jar app.jar retort <verb> [args]} into Retort's command mode: the application
 * starts without a web server, without start-up migration, SQL init scripts or Hibernate schema
 * generation, with lazy beans and a SessionFactory built only on use, runs the verb once its
 * context is ready, and exits with the verb's status before any of the application's runners
 * can run.
 * <p>
 * A run listener rather than a runner, because it must change the application before the context
 * exists (no web server) and must act between the context's start and the application runners.
 */
public class CommandModeRunListener implements SpringApplicationRunListener, Ordered {

	static final String PROPERTY_SOURCE_NAME = "retortCommandMode";

	private static final String HIBERNATE_CUSTOMIZER = "org.springframework.boot.hibernate.autoconfigure"
			+ ".HibernatePropertiesCustomizer";

	private final CommandModeArguments arguments;

	/** Where the verb's output goes: the process's standard output, which nothing else may use. */
	private final PrintStream output;

	private final CommandTimings timings = CommandTimings.springStartingNow();

	/**
	 * In command mode, standard output carries the verb's output only ({@code upgrade --sql >
	 * upgrade.sql} is a script a database's client runs): from the start, before logging is set
	 * up, everything else that writes to it (logs of Spring Boot, Hibernate, the application)
	 * writes to standard error instead.
	 */
	public CommandModeRunListener(SpringApplication application, String[] args) {
		this.arguments = CommandModeArguments.of(args).orElse(null);
		this.output = System.out;
		if (this.arguments != null) {
			System.setOut(System.err);
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
				// Hibernate warns that the dialect it is given would be found by asking the database
				overrides.put("logging.level.org.hibernate.orm.deprecation", "error");
			}
			environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, overrides));
		}
	}

	/**
	 * JPA is prepared but not started: Hibernate's SessionFactory is built only if something uses
	 * it, and autogenerate's verbs build the mapping alone. With {@code --sql}, Hibernate gets the
	 * dialect of the database the configuration names, once the configuration is read, instead of
	 * connecting to ask the database.
	 */
	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (this.arguments != null && ClassUtils.isPresent(HIBERNATE_CUSTOMIZER, context.getClassLoader())) {
			CommandModeJpa.prepare(context, this.arguments.offline());
		}
	}

	/**
	 * What command mode forces, whatever the application's configuration says: {@code ddl-auto}
	 * none, so that autogenerate compares the entities with the database as the revisions left
	 * it, even when the application validates or creates its schema; and lazy beans, so that a
	 * verb creates only what it uses (the application's own beans, its repositories and services,
	 * are defined as the application defines them but not created).
	 */
	static Map<String, Object> overrides() {
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("retort.startup", "none");
		overrides.put("spring.main.lazy-initialization", "true");
		// Spring Data marks its repositories eager unless told they are lazy
		overrides.put("spring.data.jpa.repositories.bootstrap-mode", "lazy");
		overrides.put("spring.main.web-application-type", "none");
		overrides.put("spring.sql.init.mode", "never");
		overrides.put("spring.jpa.hibernate.ddl-auto", "none");
		overrides.put("spring.jpa.properties.hibernate.hbm2ddl.auto", "none");
		overrides.put("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none");
		overrides.put("spring.jpa.defer-datasource-initialization", "false");
		// Hibernate checks each sequence's increment against the database as its SessionFactory
		// starts, which command mode leaves for first use: if the application uses it, a changed
		// allocationSize is still the very difference a revision is written for, not a reason to stop
		overrides.put("spring.jpa.properties.hibernate.id.sequence.increment_size_mismatch_strategy", "none");
		overrides.put("logging.level.root", "warn");
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
			// With --sql nothing connects, not even to find out why the start failed
			Environment environment = (context != null && !this.arguments.offline()) ? context.getEnvironment() : null;
			System.err.println("FAILED: " + StartUpFailure.describe(exception, environment));
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
			this.timings.contextReady();
			int status = new RetortCommandLine(CommandContext.of(context, this.timings), this.output)
				.execute(this.arguments);
			if (this.arguments.timings()) {
				System.err.println(this.timings.describe());
			}
			System.exit(SpringApplication.exit(context, () -> status));
		}
	}

}
