package dev.retort.autoconfigure.command;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import dev.retort.RetortException;
import dev.retort.ddl.DatabaseFamily;

/**
 * The database the application is configured for, read from its configuration as Spring Boot
 * reads it (the connection details bean, which service connections may replace, then
 * {@code spring.datasource.*} with its placeholders resolved), without connecting to it: what
 * {@code --sql} writes its SQL for.
 */
final class ConfiguredDatabase {

	private final ListableBeanFactory beans;

	private final Environment environment;

	ConfiguredDatabase(ListableBeanFactory beans, Environment environment) {
		this.beans = beans;
		this.environment = environment;
	}

	/** The JDBC URL of the application's DataSource, the one Hibernate works on. */
	@Nullable String applicationUrl() {
		JdbcConnectionDetails details = this.beans.getBeanProvider(JdbcConnectionDetails.class).getIfUnique();
		if (details != null && StringUtils.hasText(details.getJdbcUrl())) {
			return details.getJdbcUrl();
		}
		DataSourceProperties properties = this.beans.getBeanProvider(DataSourceProperties.class).getIfUnique();
		if (properties != null && StringUtils.hasText(properties.getUrl())) {
			return properties.getUrl();
		}
		return this.environment.getProperty("spring.datasource.url");
	}

	/** The JDBC URL of the migration connection: {@code retort.url}, else the application's. */
	@Nullable String migrationUrl() {
		String url = this.environment.getProperty("retort.url");
		return StringUtils.hasText(url) ? url : applicationUrl();
	}

	/** The database the migrations run on, which the script is written for. */
	DatabaseFamily migrationFamily() {
		return known(DatabaseFamily.fromJdbcUrl(migrationUrl()));
	}

	private static DatabaseFamily known(DatabaseFamily family) {
		if (family == DatabaseFamily.OTHER) {
			throw new RetortException("--sql writes the SQL of the database the JDBC URL names, and needs it to be a"
					+ " PostgreSQL, MariaDB, MySQL or H2 URL: set spring.datasource.url (or retort.url) in the"
					+ " application's configuration or on the command line");
		}
		return family;
	}

}
