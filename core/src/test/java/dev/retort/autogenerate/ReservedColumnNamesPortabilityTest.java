package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.names.Slot;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision generated on H2 for columns named with words the SQL standard reserves but H2 and
 * PostgreSQL accept unquoted ({@code rank}, {@code position}) builds, on every database, the
 * columns Hibernate's unquoted names name there.
 */
class ReservedColumnNamesPortabilityTest {

	@TempDir
	Path directory;

	/** Generated on H2, applied on PostgreSQL/MariaDB: the columns Hibernate names must exist. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB, DatabaseKind.H2 })
	void reservedButAcceptedColumnNames(TestDatabase db) throws Exception {
		List<Class<?>> entities = List.of(Slot.class);
		MigrationPlan onH2;
		try (TestDatabase h2 = TestDatabase.of(DatabaseKind.H2); Connection connection = h2.connect()) {
			onH2 = Autogenerate.compare(connection, entities, AutogenerateOptions.defaults());
		}
		CompiledRevision revision = CompiledRevision.of(onH2, this.directory.resolve("slot"), "initial slot");
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(revision.upgrade());
			List<String> again = Autogenerate.compare(connection, entities, AutogenerateOptions.defaults()).differences()
				.stream().map(Difference::describe).toList();
			assertThat(again).as(revision.source()).isEmpty();
			HibernateValidation.validate(db, entities);
		}
	}

}
