package dev.retort.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.Constraint;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.operations.types.ColumnType;
import dev.retort.platform.DatabasePlatforms;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.Constraints.check;
import static dev.retort.operations.Constraints.foreignKey;
import static dev.retort.operations.Constraints.unique;
import static dev.retort.operations.types.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each database's rules on operations as autogenerate writes them (the type a column had known),
 * against tables of known sizes: what each finds, and what it leaves alone because the database
 * does it in place.
 */
class LintRulesTest {

	private static final ObjectName ORDERS = new ObjectName(null, "orders");

	/** Every table holds a million rows. */
	private static final TableSizes LARGE = (table) -> OptionalLong.of(1_000_000);

	@Test
	void postgresqlRewritesAChangedTypeUnlessItIsALongerStringOrMoreDigits() {
		assertThat(rules(DatabaseFamily.POSTGRESQL, alter(new ColumnType.Int(), new ColumnType.BigInt())))
			.containsExactly("type-change-rewrites ERROR");
		assertThat(rules(DatabaseFamily.POSTGRESQL, alter(new ColumnType.VarChar(20), new ColumnType.VarChar(40))))
			.isEmpty();
		assertThat(rules(DatabaseFamily.POSTGRESQL, alter(new ColumnType.VarChar(40), new ColumnType.Text())))
			.isEmpty();
		assertThat(rules(DatabaseFamily.POSTGRESQL, alter(new ColumnType.VarChar(40), new ColumnType.VarChar(20))))
			.containsExactly("type-change-rewrites ERROR");
		assertThat(rules(DatabaseFamily.POSTGRESQL,
				alter(new ColumnType.Decimal(10, 2), new ColumnType.Decimal(12, 2)))).isEmpty();
		// What the type was unknown: it may rewrite, a warning
		assertThat(rules(DatabaseFamily.POSTGRESQL, alter(null, new ColumnType.BigInt())))
			.containsExactly("type-change-rewrites WARNING");
	}

	@Test
	void mariadbCopiesTheTableUnlessAVarcharGrows() {
		assertThat(rules(DatabaseFamily.MARIADB, alter(new ColumnType.Int(), new ColumnType.BigInt())))
			.containsExactly("alter-copies-table ERROR");
		assertThat(rules(DatabaseFamily.MARIADB, alter(new ColumnType.VarChar(20), new ColumnType.VarChar(100))))
			.isEmpty();
		assertThat(rules(DatabaseFamily.MARIADB, alter(new ColumnType.VarChar(40), new ColumnType.VarChar(10))))
			.containsExactly("alter-copies-table ERROR");
		assertThat(rules(DatabaseFamily.MARIADB, alter(new ColumnType.VarChar(40), new ColumnType.Text())))
			.containsExactly("alter-copies-table ERROR");
		assertThat(rules(DatabaseFamily.MARIADB,
				new Operation.ExecuteSql("alter table orders convert to character set latin1")))
			.containsExactly("charset-change-copies-table WARNING");
		assertThat(rules(DatabaseFamily.POSTGRESQL, alter(new ColumnType.VarChar(40), new ColumnType.VarChar(100))))
			.isEmpty();
	}

	@Test
	void postgresqlConstraintsAddedToATableThatExistsValidateOrBuildUnderLocks() {
		List<Operation> operations = OperationRecorder.record((op) -> {
			op.addConstraint("orders", foreignKey("fk_orders_customer", "customer_id").references("customers", "id"));
			op.addConstraint("orders", check("ck_orders_total", "total >= 0"));
			op.addConstraint("orders", unique("uq_orders_number", "number"));
			op.sql("alter table orders add constraint fk_o_c foreign key (customer_id) references customers (id)"
					+ " not valid");
			op.sql("alter table orders validate constraint fk_o_c");
			op.sql("alter table orders add constraint uq_o_n unique using index ix_o_n");
		});
		assertThat(rules(DatabaseFamily.POSTGRESQL, operations.toArray(Operation[]::new))).containsExactly(
				"constraint-validates ERROR", "constraint-validates ERROR", "unique-blocks-writes ERROR");
		assertThat(rules(DatabaseFamily.H2, operations.toArray(Operation[]::new))).isEmpty();
	}

	@Test
	void aPrimaryKeyAddedOrDroppedOnATableThatExistsIsFoundEverywhere() {
		Operation add = new Operation.AddConstraint(ORDERS, new Constraint.PrimaryKey("pk_orders", List.of("id")));
		Operation drop = new Operation.DropConstraint(ORDERS, "pk_orders", ConstraintKind.PRIMARY_KEY);
		for (DatabaseFamily family : List.of(DatabaseFamily.POSTGRESQL, DatabaseFamily.MARIADB, DatabaseFamily.H2)) {
			assertThat(rules(family, add, drop)).as(family.name())
				.containsExactly("primary-key-change ERROR", "primary-key-change WARNING");
		}
		// Nothing on a table the run creates
		List<Operation> fresh = OperationRecorder.record((op) -> {
			op.createTable("orders", column("id", integer()));
			op.createIndex("ix_orders_id", "orders", "id");
		});
		List<Operation> all = new ArrayList<>(fresh);
		all.add(add);
		assertThat(rules(DatabaseFamily.POSTGRESQL, all.toArray(Operation[]::new))).isEmpty();
	}

	private static Operation alter(ColumnType from, ColumnType to) {
		return new Operation.AlterColumn(ORDERS, "amount", null, to, null, null, null, null, null, from, null, null,
				null, null);
	}

	private static List<String> rules(DatabaseFamily family, Operation... operations) {
		List<LintRule> rules = new ArrayList<>(SharedRules.all());
		rules.addAll(DatabasePlatforms.of(family).lintRules());
		return new Linter(rules, LARGE, 100_000).lint("0123456789ab", List.of(operations))
			.stream()
			.map((finding) -> finding.rule() + " " + finding.severity())
			.toList();
	}

}
