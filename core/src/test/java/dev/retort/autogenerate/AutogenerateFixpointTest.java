package dev.retort.autogenerate;

import java.sql.Connection;
import java.util.List;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.EntityModels;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an empty database: autogenerate, apply, autogenerate again finds nothing, Hibernate's
 * validation accepts the schema, and the downgrade leaves no table.
 */
class AutogenerateFixpointTest {

	@DatabaseTest
	void seedUserAndItem(TestDatabase db) throws Exception {
		assertFixpoint(db, EntityModels.SEED);
	}

	@DatabaseTest
	void shopWithEnumsDefaultsCommentsChecksIndexesAndCollections(TestDatabase db) throws Exception {
		assertFixpoint(db, EntityModels.SHOP);
	}

	@DatabaseTest
	void allThreeInheritanceStrategies(TestDatabase db) throws Exception {
		assertFixpoint(db, EntityModels.INHERITANCE);
	}

	@DatabaseTest
	void libraryWithJoinTablesEmbeddedIdsAndQuotedNames(TestDatabase db) throws Exception {
		assertFixpoint(db, EntityModels.LIBRARY);
	}

	@DatabaseTest
	void everyBasicType(TestDatabase db) throws Exception {
		assertFixpoint(db, EntityModels.KINDS);
	}

	private static void assertFixpoint(TestDatabase db, List<Class<?>> entities) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			MigrationPlan first = Autogenerate.compare(connection, entities, AutogenerateOptions.defaults());
			assertThat(first.differences()).isNotEmpty();
			assertThat(first.differences()).allMatch((difference) -> difference instanceof Difference.TableAdded
					|| difference instanceof Difference.SequenceAdded);

			applier.apply(first.upgradeOperations());

			MigrationPlan second = Autogenerate.compare(connection, entities, AutogenerateOptions.defaults());
			assertThat(second.differences()).extracting(Difference::describe).isEmpty();
			HibernateValidation.validate(db, entities);

			applier.apply(first.downgradeOperations());
			assertThat(DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema()).tables()).isEmpty();
			assertThat(DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema()).sequences()).isEmpty();
		}
	}

}
