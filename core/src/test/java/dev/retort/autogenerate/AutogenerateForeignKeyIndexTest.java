package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index a foreign key needs (MariaDB uses an index led by the key's columns for the key, and
 * refuses to drop it): as a new user meets it, a composite index led by a foreign-key column,
 * changed to another index, over rows. The revisions run up and down on every database.
 */
class AutogenerateForeignKeyIndexTest {

	private static final List<Class<?>> FIRST = List.of(dev.retort.autogenerate.models.fkindex1.FiCustomer.class,
			dev.retort.autogenerate.models.fkindex1.FiOrder.class);

	/** The index replaced by one on {@code placed_at} alone, which the key cannot use. */
	private static final List<Class<?>> UNCOVERED = List.of(dev.retort.autogenerate.models.fkindex2.FiCustomer.class,
			dev.retort.autogenerate.models.fkindex2.FiOrder.class);

	/** The index replaced by another led by {@code customer_id}. */
	private static final List<Class<?>> COVERED = List.of(dev.retort.autogenerate.models.fkindex3.FiCustomer.class,
			dev.retort.autogenerate.models.fkindex3.FiOrder.class);

	private static final List<Class<?>> UNIQUE = List.of(dev.retort.autogenerate.models.fkunique1.FuCustomer.class,
			dev.retort.autogenerate.models.fkunique1.FuOrder.class);

	/** The unique constraint led by {@code customer_id} replaced by one on {@code reference} alone. */
	private static final List<Class<?>> UNIQUE_UNCOVERED = List.of(
			dev.retort.autogenerate.models.fkunique2.FuCustomer.class,
			dev.retort.autogenerate.models.fkunique2.FuOrder.class);

	@TempDir
	Path directory;

	/** The downgrade of the first revision drops the tables, whose indexes go with them. */
	@DatabaseTest
	void theFirstRevisionGoesDownAgain(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			MigrationPlan initial = Autogenerate.compare(connection, FIRST, AutogenerateOptions.defaults());
			CompiledRevision first = CompiledRevision.of(initial, this.directory, "initial");
			applier.apply(first.upgrade());
			applier.apply(first.downgrade());
			assertThat(DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema()).tables()).isEmpty();
		}
	}

	@DatabaseTest
	void theIndexIsReplacedByOneTheForeignKeyCannotUse(TestDatabase db) throws Exception {
		assertUpAndDown(db, UNCOVERED);
	}

	@DatabaseTest
	void theIndexIsReplacedByAnotherLedByTheForeignKey(TestDatabase db) throws Exception {
		assertUpAndDown(db, COVERED);
	}

	@DatabaseTest
	void aUniqueConstraintIsReplacedByOneTheForeignKeyCannotUse(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			CompiledRevision first = CompiledRevision.of(Autogenerate.compare(connection, UNIQUE,
					AutogenerateOptions.defaults()), this.directory.resolve("first"), "initial");
			applier.apply(first.upgrade());
			applier.sql("insert into fu_customer (id) values (1)",
					"insert into fu_order (id, customer_id, reference) values (1, 1, 'R-1')");

			MigrationPlan change = Autogenerate.compare(connection, UNIQUE_UNCOVERED, AutogenerateOptions.defaults());
			assertThat(change.differences()).extracting((difference) -> (Object) difference.getClass())
				.containsExactlyInAnyOrder(Difference.UniqueRemoved.class, Difference.UniqueAdded.class);
			assertUpAndDown(db, connection, first, change, UNIQUE, UNIQUE_UNCOVERED, "select reference from fu_order",
					"R-1", "delete from fu_order", "delete from fu_customer");
		}
	}

	private void assertUpAndDown(TestDatabase db, List<Class<?>> changed) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			MigrationPlan initial = Autogenerate.compare(connection, FIRST, AutogenerateOptions.defaults());
			CompiledRevision first = CompiledRevision.of(initial, this.directory.resolve("first"), "initial");
			applier.apply(first.upgrade());
			applier.sql("insert into fi_customer (id, name) values (1, 'Ann')",
					"insert into fi_order (id, customer_id, placed_at, state) values (1, 1, null, 'NEW')");

			MigrationPlan change = Autogenerate.compare(connection, changed, AutogenerateOptions.defaults());
			assertThat(change.differences()).extracting((difference) -> (Object) difference.getClass())
				.containsExactlyInAnyOrder(Difference.IndexRemoved.class, Difference.IndexAdded.class);
			assertUpAndDown(db, connection, first, change, FIRST, changed, "select state from fi_order", "NEW",
					"delete from fi_order", "delete from fi_customer");
		}
	}

	/**
	 * The change's revision up, where nothing then differs from the changed model, and down, where
	 * nothing differs from the first and the row is there; then the first revision down.
	 */
	private void assertUpAndDown(TestDatabase db, Connection connection, CompiledRevision first, MigrationPlan change,
			List<Class<?>> before, List<Class<?>> changed, String query, String value, String... emptying)
			throws Exception {
		SchemaApplier applier = new SchemaApplier(connection);
		CompiledRevision second = CompiledRevision.of(change, this.directory.resolve("second"), "other index");
		applier.apply(second.upgrade());
		assertThat(Autogenerate.compare(connection, changed, AutogenerateOptions.defaults()).differences())
			.as(second.source())
			.extracting(Difference::describe)
			.isEmpty();
		HibernateValidation.validate(db, changed);

		applier.apply(second.downgrade());
		assertThat(Autogenerate.compare(connection, before, AutogenerateOptions.defaults()).differences())
			.as(second.source())
			.extracting(Difference::describe)
			.isEmpty();
		assertThat(applier.values(query)).containsExactly(value);

		applier.sql(emptying);
		applier.apply(first.downgrade());
		assertThat(DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema()).tables()).isEmpty();
	}

}
