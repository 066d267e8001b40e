package dev.retort.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.AutogenerateOptions;
import dev.retort.autogenerate.compare.MigrationPlan;

/**
 * Autogenerate on a 1,000-table schema that already matches the 1,000 entities (introspection
 * plus comparison, on the application's Hibernate mapping), against Hibernate's own
 * {@code ddl-auto=validate} of the same mapping on the same database.
 */
final class AutogenerateBench {

	static final int TABLES = 1000;

	private final Settings settings;

	AutogenerateBench(Settings settings) {
		this.settings = settings;
	}

	Report.Row run(Database database, int repetitions) throws Exception {
		String name = "bench_autogenerate";
		String url = database.create(this.settings, name, false);
		DataSource dataSource = database.dataSource(this.settings, url);
		Tool.RETORT.migrate(dataSource, Workload.checkOnly(database, TABLES));
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
			.applySetting(AvailableSettings.JAKARTA_JDBC_USER,
					(database == Database.POSTGRESQL) ? this.settings.postgresqlUser() : "sa")
			.applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD,
					(database == Database.POSTGRESQL && this.settings.postgresqlPassword() != null)
							? this.settings.postgresqlPassword() : "")
			.applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
			.applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
			.build();
		try {
			long started = System.nanoTime();
			Metadata metadata = metadata(registry);
			System.out.printf("  Hibernate mapping of %d entities built in %.0f ms (not counted)%n", TABLES,
					(System.nanoTime() - started) / 1e6);
			try (SessionFactory sessionFactory = metadata.buildSessionFactory()) {
				List<Sample> retort = new ArrayList<>();
				List<Sample> hibernate = new ArrayList<>();
				for (int i = -1; i < repetitions; i++) {
					Sample compared = Sample.measure(() -> compare(dataSource, metadata));
					Sample validated = Sample.measure(() -> sessionFactory.getSchemaManager().validateMappedObjects());
					if (i >= 0) {
						retort.add(compared);
						hibernate.add(validated);
					}
				}
				Map<String, List<Sample>> samples = new LinkedHashMap<>();
				samples.put("Retort autogenerate", retort);
				samples.put("Hibernate validate", hibernate);
				return new Report.Row("Autogenerate on 1,000 tables (nothing to change) vs Hibernate's schema validation",
						database.displayName(), TABLES, samples);
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
			database.drop(this.settings, name, url);
		}
	}

	private static void compare(DataSource dataSource, Metadata metadata) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			MigrationPlan plan = Autogenerate.compare(connection, metadata, AutogenerateOptions.defaults());
			if (!plan.isEmpty()) {
				throw new IllegalStateException("Autogenerate found differences where there are none: "
						+ plan.differences().subList(0, Math.min(5, plan.differences().size())));
			}
		}
	}

	private static Metadata metadata(StandardServiceRegistry registry) throws ClassNotFoundException {
		MetadataSources sources = new MetadataSources(registry);
		for (int i = 1; i <= TABLES; i++) {
			sources.addAnnotatedClass(Class.forName("dev.retort.bench.entities.E%04d".formatted(i)));
		}
		// The naming the starter uses, as Spring Boot's default is snake case
		return sources.getMetadataBuilder()
			.applyImplicitNamingStrategy(new ImplicitNamingStrategyJpaCompliantImpl())
			.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl())
			.build();
	}

}
