package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.introspect.SchemaReaders;
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
			assertThat(SchemaReaders.forConnection(connection).read(connection, db.schema()).tables()).isEmpty();
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
			CompiledRevision second = CompiledRevision.of(change, this.directory.resolve("second"), "other index");
			applier.apply(second.upgrade());
			assertThat(Autogenerate.compare(connection, changed, AutogenerateOptions.defaults()).differences())
				.as(second.source())
				.extracting(Difference::describe)
				.isEmpty();
			HibernateValidation.validate(db, changed);

			applier.apply(second.downgrade());
			assertThat(Autogenerate.compare(connection, FIRST, AutogenerateOptions.defaults()).differences())
				.as(second.source())
				.extracting(Difference::describe)
				.isEmpty();
			assertThat(applier.values("select state from fi_order")).containsExactly("NEW");

			applier.sql("delete from fi_order", "delete from fi_customer");
			applier.apply(first.downgrade());
			assertThat(SchemaReaders.forConnection(connection).read(connection, db.schema()).tables()).isEmpty();
		}
	}

}
