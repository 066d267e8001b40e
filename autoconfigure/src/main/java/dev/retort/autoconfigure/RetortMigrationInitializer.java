package dev.retort.autoconfigure;

import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

import dev.retort.RetortException;
import dev.retort.runtime.MigrationResult;
import dev.retort.runtime.Retort;
import dev.retort.runtime.UnfinishedStepException;

/**
 * Brings the database to the revisions when the application starts, before anything that uses
 * the schema: the EntityManagerFactory, {@code JdbcTemplate}s and other database initializers
 * wait for this bean ({@link RetortMigrationInitializerDetector}).
 */
public class RetortMigrationInitializer implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(RetortMigrationInitializer.class);

	private final Retort retort;

	private final MigrationDataSource dataSource;

	private final RetortProperties properties;

	private final RevisionsLocation revisions;

	private final @Nullable RetortMigrationStrategy strategy;

	RetortMigrationInitializer(Retort retort, MigrationDataSource dataSource, RetortProperties properties,
			RevisionsLocation revisions, @Nullable RetortMigrationStrategy strategy) {
		this.retort = retort;
		this.dataSource = dataSource;
		this.properties = properties;
		this.revisions = revisions;
		this.strategy = strategy;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.strategy != null) {
			this.strategy.migrate(this.retort);
			return;
		}
		if (this.properties.getStartup() != RetortProperties.Startup.NONE && this.retort.graph().revisions().isEmpty()) {
			startWithoutRevisions();
			return;
		}
		switch (this.properties.getStartup()) {
			case UPGRADE -> {
				MigrationResult result = upgrade();
				if (!result.steps().isEmpty()) {
					logger.info("Retort applied {} revision(s): now at {}", result.steps().size(), result.to());
				}
			}
			case VALIDATE -> this.retort.validate(this.properties.getTarget());
			case NONE -> {
			}
		}
	}

	/**
	 * A step left half-done by a failure or a crash (where DDL commits as it goes) is not resumed
	 * behind the operator's back at start-up: it needs a look, then an explicit
	 * {@code retort upgrade} (which resumes it) or {@code retort stamp}. Retort checks under the
	 * migration lock, so that the step of another instance migrating at the same moment is
	 * waited for rather than taken for a crash's.
	 */
	private MigrationResult upgrade() {
		try {
			return this.retort.upgradeUnlessUnfinished(this.properties.getTarget());
		}
		catch (UnfinishedStepException ex) {
			throw new RetortException("Start-up refuses to migrate: " + ex.getMessage(), ex);
		}
	}

	/**
	 * No revisions at all: a project before its first revision starts, with nothing to migrate;
	 * a database that revisions migrated means the revisions are not where the configuration
	 * looks, and start-up stops there rather than run the application on a schema it cannot check.
	 */
	private void startWithoutRevisions() {
		String where = "retort.revisions-package=" + this.revisions.javaPackage() + " and retort.sql-locations="
				+ String.join(",", this.revisions.sqlLocations());
		Set<String> current = this.retort.current();
		if (!current.isEmpty()) {
			throw new RetortException("The database is at " + String.join(", ", current) + ", but this application has"
					+ " no revisions: none were found in " + where + ". Check those settings (a package renamed, a"
					+ " location left out of the jar), or start with retort.startup=none.");
		}
		logger.info("No revisions yet in {}: nothing to migrate. Write the first with 'retort revision"
				+ " --autogenerate -m \"...\"'.", where);
	}

	/** Whether this initializer manages the schema behind the given DataSource. */
	boolean manages(DataSource candidate) {
		return this.dataSource.manages(candidate);
	}

}
