package dev.retort.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link RetortMigrationInitializer}: it is how the
 * EntityManagerFactory, {@code JdbcTemplate}s and every {@code @DependsOnDatabaseInitialization}
 * bean come to wait for the migration.
 */
class RetortMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(RetortMigrationInitializer.class);
	}

}
