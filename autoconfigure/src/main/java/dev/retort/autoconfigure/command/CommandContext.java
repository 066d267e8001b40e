package dev.retort.autoconfigure.command;

import java.nio.file.Path;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dev.retort.RetortException;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.autoconfigure.RevisionsLocation;
import dev.retort.autoconfigure.autogenerate.EntityModel;
import dev.retort.autoconfigure.autogenerate.ModelComparison;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.runtime.OfflineScript;
import dev.retort.runtime.Retort;
import dev.retort.script.RevisionGraph;

/**
 * What the verbs work with: the application's Retort configuration and revisions, and where to
 * print.
 */
final class CommandContext {

	private final ConfigurableApplicationContext applicationContext;

	private final RetortProperties properties;

	private final RevisionsLocation revisions;

	private final CommandTimings timings;

	private CommandContext(ConfigurableApplicationContext applicationContext, CommandTimings timings) {
		this.applicationContext = applicationContext;
		this.timings = timings;
		this.properties = applicationContext.getBean(RetortProperties.class);
		this.revisions = RevisionsLocation.of(this.properties, applicationContext.getBeanFactory());
	}

	static CommandContext of(ConfigurableApplicationContext applicationContext, CommandTimings timings) {
		return new CommandContext(applicationContext, timings);
	}

	/** The application's configuration, as the application reads it. */
	Environment environment() {
		return this.applicationContext.getEnvironment();
	}

	RetortProperties properties() {
		return this.properties;
	}

	RevisionsLocation revisions() {
		return this.revisions;
	}

	/** The revisions as they are now on the classpath, checked. */
	RevisionGraph graph() {
		return retort().graph();
	}

	/** The runner, on the application's migration connection. */
	Retort retort() {
		return this.applicationContext.getBean(Retort.class);
	}

	/**
	 * Offline scripts in the SQL of the application's database, named by its JDBC URL: no
	 * connection is opened.
	 */
	OfflineScript offlineScript() {
		Retort retort = retort();
		ConfiguredDatabase database = new ConfiguredDatabase(this.applicationContext,
				this.applicationContext.getEnvironment());
		return new OfflineScript(retort.graph(), DatabasePlatforms.offlineRenderer(database.migrationFamily()), retort.settings());
	}

	/** The revisions the database is at. */
	Set<String> currentHeads() {
		return retort().current();
	}

	/**
	 * The comparison of the entities with the database, for {@code revision --autogenerate} and
	 * {@code check}.
	 */
	ModelComparison modelComparison() {
		ModelComparison comparison = this.applicationContext.getBeanProvider(ModelComparison.class)
			.getIfAvailable(() -> {
				throw new RetortException("Autogenerate compares the application's JPA entities with the database,"
						+ " but this application has no Hibernate EntityManagerFactory; add"
						+ " spring-boot-starter-data-jpa and @Entity classes, or write the revision by hand"
						+ " without --autogenerate");
			});
		// Hibernate builds the mapping once, when it is first asked for: here, to time it
		this.applicationContext.getBeanProvider(EntityModel.class)
			.ifAvailable((model) -> this.timings.time("the entity mapping", model::metadata));
		return comparison;
	}

	/** Where new Java revisions are written: the source directory of the project. */
	Path sourceDirectory() {
		return Path.of(this.properties.getSourceDirectory()).toAbsolutePath();
	}

}
