package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.model.EntityMapping;
import dev.retort.autogenerate.model.ExistingRowValues;
import dev.retort.autogenerate.model.MappingReader;
import dev.retort.autogenerate.models.EntityModels;
import dev.retort.autogenerate.models.enums1.EscalationPolicyAssignmentHistory;
import dev.retort.autogenerate.models.enums1.Ticket;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Table;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enums that gain a constant, as Hibernate maps them on each database: the revision lets the
 * application store the new constant, the next autogenerate finds nothing, and the downgrade
 * restores the schema before.
 */
class AutogenerateEnumTest {

	@TempDir
	Path directory;

	/**
	 * By ordinal (a number and a range check everywhere), by name in 20 characters (a checked
	 * {@code varchar} on PostgreSQL, a native enum elsewhere) and by name in 255 (an enum type
	 * to Retort on every database), one of them on a table and column whose check PostgreSQL
	 * names past its 63 bytes.
	 */
	@DatabaseTest
	void newConstantsOfEveryEnumMapping(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(Autogenerate.compare(connection, EntityModels.ENUMS, AutogenerateOptions.defaults())
				.upgradeOperations());
			insertBeforeRows(db);
			Schema before = AutogenerateEvolutionTest.normalised(read(db, connection));

			assertNewConstantsApply(db, connection, before);
		}
	}

	/** The same, from the schema Hibernate's own export made, with its columns' checks. */
	@DatabaseTest
	void newConstantsOfEveryEnumMappingOnHibernatesSchema(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			HibernateSessions.exportSchema(db, EntityModels.ENUMS);
			insertBeforeRows(db);
			Schema before = AutogenerateEvolutionTest.normalised(read(db, connection));

			assertNewConstantsApply(db, connection, before);
		}
	}

	/**
	 * The enum columns' checks were named by PostgreSQL for a table and a column that have been
	 * renamed since: the revision finds them by what they check, not by an assumed name.
	 */
	@DatabaseTest
	void newConstantsAfterTheTableAndColumnWereRenamed(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			Schema earlier;
			try (EntityMapping mapping = EntityMapping.build(EntityModels.ENUMS, Autogenerate.dialectOf(connection))) {
				earlier = MappingReader.read(mapping.metadata());
			}
			Table ticket = earlier.table("ticket").orElseThrow();
			Table legacy = new Table("legacy_ticket", ticket.columns().stream()
				.map((column) -> column.name().equals("kind") ? column.withName("legacy_kind") : column)
				.toList(), ticket.primaryKey(), ticket.uniqueConstraints(), ticket.indexes(), ticket.foreignKeys(),
					ticket.checks(), ticket.comment());
			Schema legacySchema = new Schema(earlier.tables().stream()
				.map((table) -> table.name().equals("ticket") ? legacy : table)
				.toList(), earlier.sequences());
			applier.apply(Autogenerate.compare(connection, legacySchema, ExistingRowValues.none(),
					AutogenerateOptions.defaults()).upgradeOperations());
			applier.apply((op) -> {
				op.renameTable("legacy_ticket", "ticket");
				op.renameColumn("ticket", "legacy_kind", "kind");
			});
			insertBeforeRows(db);
			Schema before = AutogenerateEvolutionTest.normalised(read(db, connection));

			assertNewConstantsApply(db, connection, before);
		}
	}

	private void assertNewConstantsApply(TestDatabase db, Connection connection, Schema before) throws Exception {
		SchemaApplier applier = new SchemaApplier(connection);
		MigrationPlan plan = Autogenerate.compare(connection, EntityModels.ENUMS_WITH_NEW_CONSTANTS,
				AutogenerateOptions.defaults());

		assertThat(plan.differences()).extracting(Difference::describe)
			.as("every enum gained a constant: each column's values or check differ")
			.anySatisfy((description) -> assertThat(description).contains("ticket").contains("priority"))
			.anySatisfy((description) -> assertThat(description).contains("ticket").contains("state"))
			.anySatisfy((description) -> assertThat(description).contains("ticket").contains("kind"))
			.anySatisfy((description) -> assertThat(description).contains("ticket").contains("order"))
			.anySatisfy((description) -> assertThat(description).contains("escalation_severity_classification"));
		CompiledRevision revision = CompiledRevision.of(plan, this.directory.resolve(db.kind().name()),
				"New enum constants");
		applier.apply(revision.upgrade());
		HibernateSessions.inTransaction(db, EntityModels.ENUMS_WITH_NEW_CONSTANTS, (session) -> {
			session.persist(new dev.retort.autogenerate.models.enums2.Ticket(2L,
					dev.retort.autogenerate.models.enums2.Ticket.Priority.URGENT,
					dev.retort.autogenerate.models.enums2.Ticket.State.REOPENED,
					dev.retort.autogenerate.models.enums2.Ticket.Kind.EPIC));
			session.persist(new dev.retort.autogenerate.models.enums2.EscalationPolicyAssignmentHistory(2L,
					dev.retort.autogenerate.models.enums2.Ticket.Kind.EPIC));
		});
		HibernateSessions.inTransaction(db, EntityModels.ENUMS_WITH_NEW_CONSTANTS, (session) -> {
			dev.retort.autogenerate.models.enums2.Ticket first = session
				.find(dev.retort.autogenerate.models.enums2.Ticket.class, 1L);
			assertThat(first).extracting("priority", "state", "kind")
				.containsExactly(dev.retort.autogenerate.models.enums2.Ticket.Priority.HIGH,
						dev.retort.autogenerate.models.enums2.Ticket.State.CLOSED,
						dev.retort.autogenerate.models.enums2.Ticket.Kind.TASK);
		});
		assertThat(Autogenerate.compare(connection, EntityModels.ENUMS_WITH_NEW_CONSTANTS,
				AutogenerateOptions.defaults()).differences()).extracting(Difference::describe)
			.as("after the upgrade").isEmpty();

		applier.sql("delete from ticket where id = 2", "delete from escalation_policy_assignment_history where id = 2");
		applier.apply(revision.downgrade());
		assertThat(AutogenerateEvolutionTest.normalised(read(db, connection))).as("after the downgrade")
			.isEqualTo(before);
		assertThat(Autogenerate.compare(connection, EntityModels.ENUMS, AutogenerateOptions.defaults()).differences())
			.extracting(Difference::describe).as("the earlier model after the downgrade").isEmpty();
	}

	private static void insertBeforeRows(TestDatabase db) {
		HibernateSessions.inTransaction(db, EntityModels.ENUMS, (session) -> {
			session.persist(new Ticket(1L, Ticket.Priority.HIGH, Ticket.State.CLOSED, Ticket.Kind.TASK));
			session.persist(new EscalationPolicyAssignmentHistory(1L, Ticket.Kind.TASK));
		});
	}

	private static Schema read(TestDatabase db, Connection connection) {
		return DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema());
	}


}
