package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.EntityModels;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision generated against H2, as a developer's machine would, runs on PostgreSQL and
 * MariaDB: the compiled revision applies there, the next autogenerate there finds nothing,
 * Hibernate validates the schema and the downgrade leaves no table.
 */
class AutogeneratePortabilityTest {

	@TempDir
	Path directory;

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void seedUserAndItem(TestDatabase db) throws Exception {
		assertPortable(db, EntityModels.SEED, "seed");
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void shop(TestDatabase db) throws Exception {
		assertPortable(db, EntityModels.SHOP, "shop");
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void library(TestDatabase db) throws Exception {
		assertPortable(db, EntityModels.LIBRARY, "library");
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void inheritance(TestDatabase db) throws Exception {
		assertPortable(db, EntityModels.INHERITANCE, "inheritance");
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void everyBasicType(TestDatabase db) throws Exception {
		assertPortable(db, EntityModels.KINDS, "kinds");
	}

	private void assertPortable(TestDatabase db, List<Class<?>> entities, String name) throws Exception {
		MigrationPlan onH2;
		try (TestDatabase h2 = TestDatabase.of(DatabaseKind.H2); Connection connection = h2.connect()) {
			onH2 = Autogenerate.compare(connection, entities, AutogenerateOptions.defaults());
		}
		CompiledRevision revision = CompiledRevision.of(onH2, this.directory.resolve(name), "initial " + name);
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(revision.upgrade());

			assertThat(Autogenerate.compare(connection, entities, AutogenerateOptions.defaults()).differences())
				.as(revision.source())
				.extracting(Difference::describe)
				.isEmpty();
			HibernateValidation.validate(db, entities);

			applier.apply(revision.downgrade());
			Schema left = DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema());
			assertThat(left.tables()).isEmpty();
			assertThat(left.sequences()).isEmpty();
		}
	}

}
