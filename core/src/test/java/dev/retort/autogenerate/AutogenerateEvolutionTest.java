package dev.retort.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import dev.retort.Operations;
import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.introspect.SchemaReaders;
import dev.retort.autogenerate.models.EntityModels;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Table;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.ServerDefault;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes between the entities and a database with rows: the revision applies without losing a
 * row, the next comparison finds nothing, and the downgrade restores the previous schema.
 */
class AutogenerateEvolutionTest {

	@DatabaseTest
	void addIsActiveToUserOnATableWithRows(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(Autogenerate.compare(connection, EntityModels.SEED, AutogenerateOptions.defaults())
				.upgradeOperations());
			applier.sql("insert into " + userTable(db) + " (id, email, is_superuser, hashed_password) values ("
					+ uuidLiteral(db) + ", 'ann@example.com', " + falseLiteral(db) + ", 'x')");
			Schema before = normalised(read(db, connection));

			MigrationPlan plan = Autogenerate.compare(connection, EntityModels.SEED_WITH_IS_ACTIVE,
					AutogenerateOptions.defaults());

			assertThat(plan.differences()).singleElement().isInstanceOfSatisfying(Difference.ColumnAdded.class,
					(added) -> {
						assertThat(added.column().name()).isEqualTo("is_active");
						assertThat(added.existingRows()).isEqualTo(ServerDefault.bool(true));
					});
			applier.apply(plan.upgradeOperations());
			assertThat(query(connection, "select is_active from " + userTable(db))).containsExactly("true");
			// The one-off value leaves no lasting default behind
			assertThat(read(db, connection).table("user").orElseThrow().column("is_active").orElseThrow().serverDefault())
				.isNull();
			assertThat(Autogenerate.compare(connection, EntityModels.SEED_WITH_IS_ACTIVE, AutogenerateOptions.defaults())
				.differences()).isEmpty();
			HibernateValidation.validate(db, EntityModels.SEED_WITH_IS_ACTIVE);

			applier.apply(plan.downgradeOperations());
			assertThat(normalised(read(db, connection))).isEqualTo(before);
			assertThat(query(connection, "select email from " + userTable(db))).containsExactly("ann@example.com");
		}
	}

	@DatabaseTest
	void restoresTheShopSchemaAfterEachKindOfChange(TestDatabase db) throws Exception {
		List<Scenario> scenarios = List.of(
				new Scenario("extra column", (op) -> op.addColumn("customer", column("nickname", string(30)))),
				new Scenario("missing column", (op) -> {
					op.dropIndex("ix_customer_name", "customer");
					op.dropColumn("customer", "first_name");
				}),
				new Scenario("narrower type", (op) -> op.alterColumn("customer", "last_name", (c) -> c.type(string(40)))),
				new Scenario("nullable", (op) -> op.alterColumn("customer", "code", (c) -> c.nullable(true))),
				new Scenario("default dropped", (op) -> op.alterColumn("customer", "loyalty_points",
						(c) -> c.dropServerDefault())),
				new Scenario("default changed", (op) -> op.alterColumn("purchase_order", "state",
						(c) -> c.serverDefault(ServerDefault.text("OPEN")))),
				new Scenario("column comment", (op) -> op.setColumnComment("customer", "loyalty_points", "Other words")),
				new Scenario("table comment", (op) -> op.setTableComment("customer", "Clients")),
				new Scenario("missing index", (op) -> op.dropIndex("ix_customer_name", "customer")),
				new Scenario("extra index", (op) -> op.createIndex("ix_customer_region", "customer", "region")),
				new Scenario("missing unique constraint", (op) -> op.dropConstraint("customer", "uq_customer_code_region",
						ConstraintKind.UNIQUE)),
				new Scenario("missing check", (op) -> op.dropConstraint("customer", "ck_customer_code", ConstraintKind.CHECK)),
				new Scenario("sequence increment", (op) -> {
					op.dropSequence("customer_id_seq");
					op.createSequence("customer_id_seq", 100, 1);
				}),
				new Scenario("extra table", (op) -> op.createTable("legacy", column("id", integer()).primaryKey())),
				new Scenario("renamed column", (op) -> op.renameColumn("customer", "street", "street_line")));
		for (Scenario scenario : scenarios) {
			try (TestDatabase fresh = TestDatabase.of(db.kind()); Connection connection = fresh.connect()) {
				SchemaApplier applier = new SchemaApplier(connection);
				applier.apply(Autogenerate.compare(connection, EntityModels.SHOP, AutogenerateOptions.defaults())
					.upgradeOperations());
				applier.apply(scenario.change());
				Schema changed = normalised(read(fresh, connection));

				MigrationPlan plan = Autogenerate.compare(connection, EntityModels.SHOP, AutogenerateOptions.defaults());

				assertThat(plan.differences()).as(scenario.name()).isNotEmpty();
				applier.apply(plan.upgradeOperations());
				assertThat(Autogenerate.compare(connection, EntityModels.SHOP, AutogenerateOptions.defaults()).differences())
					.as(scenario.name() + ": after the upgrade")
					.extracting(Difference::describe)
					.isEmpty();
				applier.apply(plan.downgradeOperations());
				assertThat(normalised(read(fresh, connection))).as(scenario.name() + ": after the downgrade")
					.isEqualTo(changed);
			}
		}
	}

	private record Scenario(String name, Consumer<Operations> change) {
	}

	private static Schema read(TestDatabase db, Connection connection) {
		return SchemaReaders.forConnection(connection).read(connection, db.schema());
	}

	/** The schema without the orders the database chooses (columns added later come last). */
	static Schema normalised(Schema schema) {
		return new Schema(schema.tables().stream()
			.map((table) -> new Table(table.name(),
					table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), table.primaryKey(),
					table.uniqueConstraints().stream().sorted(Comparator.comparing((u) -> u.name())).toList(),
					table.indexes().stream().sorted(Comparator.comparing((i) -> i.name())).toList(),
					table.foreignKeys().stream().sorted(Comparator.comparing((f) -> f.name())).toList(),
					table.checks().stream().sorted(Comparator.comparing((c) -> c.name())).toList(), table.comment()))
			.sorted(Comparator.comparing(Table::name))
			.toList(), schema.sequences());
	}

	private static List<String> query(Connection connection, String sql) throws Exception {
		List<String> values = new java.util.ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				Object value = rows.getObject(1);
				values.add((value instanceof Boolean || value instanceof Number) ? String.valueOf(rows.getBoolean(1))
						: String.valueOf(value));
			}
		}
		return values;
	}

	private static String userTable(TestDatabase db) {
		return (db.kind() == DatabaseKind.MARIADB) ? "`user`" : "\"user\"";
	}

	private static String uuidLiteral(TestDatabase db) {
		return "'8f1c0c7e-4a57-4a0e-9d55-3f2b6a0c9e11'";
	}

	private static String falseLiteral(TestDatabase db) {
		return "false";
	}

}
