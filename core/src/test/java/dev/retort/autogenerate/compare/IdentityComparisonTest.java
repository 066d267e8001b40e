package dev.retort.autogenerate.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.autogenerate.code.RevisionCode;
import dev.retort.autogenerate.model.ExistingRowValues;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Table;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.Operation;
import dev.retort.operations.types.Types;
import dev.retort.platform.DatabasePlatforms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column that gains or loses its identity is one change, undone by the opposite change; the
 * databases themselves are exercised by {@code AutogenerateEvolutionTest}.
 */
class IdentityComparisonTest {

	private final SchemaComparator comparator = new SchemaComparator(DatabasePlatforms.of(DatabaseFamily.POSTGRESQL),
			CompareOptions.defaults(), ExistingRowValues.none());

	@Test
	void plansTheIdentityAnIdLacksAndDropsItInTheDowngrade() {
		List<Difference> differences = this.comparator.compare(ticket(true), ticket(false));

		assertThat(differences).singleElement()
			.isInstanceOfSatisfying(Difference.ColumnChanged.class, (changed) -> {
				assertThat(changed.changes()).containsExactly("identity");
				assertThat(changed.describe()).isEqualTo("alter column ticket.id (identity)");
			});
		MigrationPlan plan = new MigrationPlanner().plan(differences);
		assertThat(plan.upgradeOperations()).singleElement()
			.isInstanceOfSatisfying(Operation.AlterColumn.class, (alter) -> {
				assertThat(alter.identity()).isTrue();
				assertThat(alter.existingIdentity()).isNull();
				assertThat(alter.type()).isNull();
				assertThat(alter.nullable()).isNull();
			});
		assertThat(plan.downgradeOperations()).singleElement()
			.isInstanceOfSatisfying(Operation.AlterColumn.class, (alter) -> assertThat(alter.identity()).isFalse());
		assertThat(RevisionCode.block(plan.upgrade()).toString())
			.startsWith("op.alterColumn(\"ticket\", \"id\", (c) -> c.identity(true)");
		// The change itself says what the column is now
		assertThat(RevisionCode.block(plan.downgrade()).toString()).contains("c.identity(false)")
			.doesNotContain("existingIdentity");
	}

	@Test
	void plansTheLossOfAnIdentityTheModelDoesNotHave() {
		List<Difference> differences = this.comparator.compare(ticket(false), ticket(true));

		assertThat(differences).singleElement()
			.isInstanceOfSatisfying(Difference.ColumnChanged.class,
					(changed) -> assertThat(changed.changes()).containsExactly("no identity"));
		MigrationPlan plan = new MigrationPlanner().plan(differences);
		assertThat(plan.upgradeOperations()).singleElement()
			.isInstanceOfSatisfying(Operation.AlterColumn.class, (alter) -> assertThat(alter.identity()).isFalse());
		assertThat(plan.downgradeOperations()).singleElement()
			.isInstanceOfSatisfying(Operation.AlterColumn.class, (alter) -> assertThat(alter.identity()).isTrue());
	}

	@Test
	void statesAnUnchangedIdentitySoThatMariaDbRestatesItOffline() {
		Table commented = ticketTable(true);
		Column id = commented.column("id").orElseThrow();
		commented = new Table("ticket", List.of(new Column("id", id.type(), id.nativeType(), false, null, true, "Key")),
				commented.primaryKey(), List.of(), List.of(), List.of(), List.of(), null);

		MigrationPlan plan = new MigrationPlanner()
			.plan(this.comparator.compare(schema(commented), ticket(true)));

		assertThat(plan.upgradeOperations()).singleElement()
			.isInstanceOfSatisfying(Operation.AlterColumn.class, (alter) -> {
				assertThat(alter.comment()).isEqualTo("Key");
				assertThat(alter.identity()).isNull();
				assertThat(alter.existingIdentity()).isTrue();
			});
	}

	private static Schema ticket(boolean identity) {
		return schema(ticketTable(identity));
	}

	private static Table ticketTable(boolean identity) {
		return new Table("ticket", List.of(new Column("id", Types.bigint(), "bigint", false, null, identity, null)),
				new PrimaryKey("ticket_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
	}

	private static Schema schema(Table table) {
		return new Schema(List.of(table), List.of());
	}

}
