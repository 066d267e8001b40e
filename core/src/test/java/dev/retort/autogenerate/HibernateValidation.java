package dev.retort.autogenerate;

import java.util.Collection;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.SessionFactory;

import dev.retort.testing.TestDatabase;

/**
 * Hibernate's own {@code ddl-auto=validate} run against a test database: throws when the schema
 * does not fit the entities.
 */
public final class HibernateValidation {

	private HibernateValidation() {
	}

	public static void validate(TestDatabase db, Collection<Class<?>> entityClasses) {
		run(db, entityClasses, "validate");
	}

	/** Hibernate's own {@code ddl-auto=create}: the schema as Hibernate writes it for the entities. */
	public static void create(TestDatabase db, Collection<Class<?>> entityClasses) {
		run(db, entityClasses, "create");
	}

	private static void run(TestDatabase db, Collection<Class<?>> entityClasses, String ddlAuto) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.JAKARTA_JDBC_URL, db.url())
			.applySetting(AvailableSettings.JAKARTA_JDBC_USER, db.user())
			.applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, (db.password() != null) ? db.password() : "")
			.applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
			.applySetting(AvailableSettings.HBM2DDL_AUTO, ddlAuto)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			entityClasses.forEach(sources::addAnnotatedClass);
			Metadata metadata = sources.getMetadataBuilder()
				.applyImplicitNamingStrategy(new ImplicitNamingStrategyJpaCompliantImpl())
				.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl())
				.build();
			// Building the session factory runs the validation (throwing on a mismatch) or the export
			try (SessionFactory sessionFactory = metadata.buildSessionFactory()) {
				sessionFactory.getMetamodel();
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
