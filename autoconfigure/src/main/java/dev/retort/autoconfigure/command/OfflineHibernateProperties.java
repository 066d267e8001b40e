package dev.retort.autoconfigure.command;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;

import dev.retort.ddl.DatabaseFamily;

/**
 * With {@code --sql} nothing may connect, yet Hibernate, as it starts, asks the database for
 * its dialect (and an embedded database's file would be created by the asking): it is told not
 * to ask, and given the dialect of the database the application's configuration names, unless
 * the application chose one itself.
 */
final class OfflineHibernateProperties implements HibernatePropertiesCustomizer {

	private final ConfiguredDatabase database;

	private final Environment environment;

	OfflineHibernateProperties(ConfiguredDatabase database, Environment environment) {
		this.database = database;
		this.environment = environment;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put("hibernate.boot.allow_jdbc_metadata_access", "false");
		if (this.environment.containsProperty("spring.jpa.database-platform")
				|| hibernateProperties.containsKey("hibernate.dialect")) {
			return;
		}
		String url = this.database.applicationUrl();
		DatabaseFamily family = DatabaseFamily.fromJdbcUrl(url);
		if (family == DatabaseFamily.OTHER) {
			// An application DataSource of its own making: the migration connection's database
			url = this.database.migrationUrl();
			family = this.database.migrationFamily();
		}
		String dialect = switch (family) {
			case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
			case MARIADB -> (url != null && url.startsWith("jdbc:mysql:")) ? "org.hibernate.dialect.MySQLDialect"
					: "org.hibernate.dialect.MariaDBDialect";
			case H2 -> "org.hibernate.dialect.H2Dialect";
			case OTHER -> throw new IllegalStateException("migrationFamily() names a known database");
		};
		hibernateProperties.put("hibernate.dialect", dialect);
	}

}
