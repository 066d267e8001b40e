package dev.retort.autogenerate;

import java.util.Collection;
import java.util.function.Consumer;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import dev.retort.testing.TestDatabase;

/**
 * The application's own work on a test database: Hibernate, with the entities' mapping and no
 * schema management, writing and reading rows in a transaction, so that a test sees what the
 * application would see against the migrated schema.
 */
public final class HibernateSessions {

	private HibernateSessions() {
	}

	/** Runs the work in one transaction, committed when it returns. */
	public static void inTransaction(TestDatabase db, Collection<Class<?>> entityClasses, Consumer<Session> work) {
		inTransaction(db, entityClasses, "none", work);
	}

	/** Hibernate's own schema export of the entities: the schema of an application Hibernate set up. */
	public static void exportSchema(TestDatabase db, Collection<Class<?>> entityClasses) {
		inTransaction(db, entityClasses, "create", (session) -> {
		});
	}

	private static void inTransaction(TestDatabase db, Collection<Class<?>> entityClasses, String schemaAction,
			Consumer<Session> work) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.JAKARTA_JDBC_URL, db.url())
			.applySetting(AvailableSettings.JAKARTA_JDBC_USER, db.user())
			.applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, (db.password() != null) ? db.password() : "")
			.applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
			.applySetting(AvailableSettings.HBM2DDL_AUTO, schemaAction)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			entityClasses.forEach(sources::addAnnotatedClass);
			try (SessionFactory sessionFactory = sources.getMetadataBuilder()
				.applyImplicitNamingStrategy(new ImplicitNamingStrategyJpaCompliantImpl())
				.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl())
				.build()
				.buildSessionFactory()) {
				sessionFactory.inTransaction(work);
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
