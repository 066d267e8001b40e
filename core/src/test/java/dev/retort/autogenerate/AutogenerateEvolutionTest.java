package dev.retort.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.hibernate.boot.Metadata;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.Operations;
import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.compare.RenameQuestion;
import dev.retort.autogenerate.model.EntityMapping;
import dev.retort.autogenerate.models.EntityModels;
import dev.retort.autogenerate.schema.CheckConditions;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Table;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.Constraints;
import dev.retort.operations.Operation;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.decimal;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Changes between the entities and a database with rows: the revision applies without losing a
 * row, the next comparison finds nothing, and the downgrade restores the previous schema.
 */
class AutogenerateEvolutionTest {

	@TempDir
	Path directory;

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
			CompiledRevision revision = CompiledRevision.of(plan, this.directory, "Add is_active to User");
			applier.apply(revision.upgrade());
			assertThat(query(connection, "select is_active from " + userTable(db))).containsExactly("true");
			// The one-off value leaves no lasting default behind
			assertThat(read(db, connection).table("user").orElseThrow().column("is_active").orElseThrow().serverDefault())
				.isNull();
			assertThat(Autogenerate.compare(connection, EntityModels.SEED_WITH_IS_ACTIVE, AutogenerateOptions.defaults())
				.differences()).isEmpty();
			HibernateValidation.validate(db, EntityModels.SEED_WITH_IS_ACTIVE);

			applier.apply(revision.downgrade());
			assertThat(normalised(read(db, connection))).isEqualTo(before);
			assertThat(query(connection, "select email from " + userTable(db))).containsExactly("ann@example.com");
		}
	}

	@DatabaseTest
	void columnsAddedRemovedAndChangedOverRows(TestDatabase db) throws Exception {
		run(db, List.of(
				scenario("extra column", (op, s) -> op.addColumn("customer", column("nickname", string(30))))
					.expect(Difference.ColumnRemoved.class),
				scenario("missing column", (op, s) -> {
					op.dropIndex("ix_customer_name", "customer");
					op.dropColumn("customer", "first_name");
				}).expect(Difference.ColumnAdded.class, Difference.IndexAdded.class),
				scenario("missing NOT NULL column, existing rows get the entity's initial value",
						(op, s) -> op.dropColumn("customer", "status"))
					.expect(Difference.ColumnAdded.class)
					.source("Existing rows get 'ACTIVE', the entity's initial value")
					.afterUpgrade("select status from customer where id = 2", "ACTIVE"),
				scenario("narrower type", (op, s) -> op.alterColumn("customer", "last_name", (c) -> c.type(string(40))))
					.expect(Difference.ColumnChanged.class),
				scenario("longer type, narrowed by the upgrade",
						(op, s) -> op.alterColumn("customer", "last_name", (c) -> c.type(string(120))))
					.expect(Difference.ColumnChanged.class)
					.source("// Destructive: loses data"),
				scenario("type kind", (op, s) -> op.alterColumn("customer", "loyalty_points", (c) -> c.type(bigint())))
					.expect(Difference.ColumnChanged.class),
				scenario("precision and scale",
						(op, s) -> op.alterColumn("purchase_order", "total", (c) -> c.type(decimal(14, 4))))
					.expect(Difference.ColumnChanged.class)
					.afterUpgrade("select total from purchase_order", "19.99"),
				scenario("nullable", (op, s) -> op.alterColumn("customer", "code", (c) -> c.nullable(true)))
					.expect(Difference.ColumnChanged.class)
					.source("TODO rows holding null fail this: fill them first"),
				changing("nullable with a null row, filled with the entity's initial value", (applier, s) -> {
					applier.apply((op) -> op.alterColumn("customer", "status", (c) -> c.nullable(true)));
					applier.sql("update customer set status = null where id = 2");
				}).expect(Difference.ColumnChanged.class)
					.source("update customer set status = 'ACTIVE' where status is null")
					.afterUpgrade("select status from customer where id = 2", "ACTIVE"),
				scenario("not null in the database only",
						(op, s) -> op.alterColumn("customer", "first_name", (c) -> c.nullable(false)))
					.expect(Difference.ColumnChanged.class),
				scenario("default dropped", (op, s) -> op.alterColumn("customer", "loyalty_points",
						(c) -> c.dropServerDefault()))
					.expect(Difference.ColumnChanged.class),
				scenario("default changed", (op, s) -> op.alterColumn("purchase_order", "state",
						(c) -> c.serverDefault(ServerDefault.text("OPEN"))))
					.expect(Difference.ColumnChanged.class),
				scenario("default the model does not have", (op, s) -> op.alterColumn("customer", "region",
						(c) -> c.serverDefault(ServerDefault.text("EU"))))
					.expect(Difference.ColumnChanged.class),
				scenario("column comment", (op, s) -> op.setColumnComment("customer", "loyalty_points", "Other words"))
					.expect(Difference.ColumnChanged.class),
				scenario("column comment missing", (op, s) -> op.alterColumn("customer", "loyalty_points",
						(c) -> c.dropComment()))
					.expect(Difference.ColumnChanged.class),
				scenario("comment on a large object, whose type each database spells its own way",
						(op, s) -> op.setColumnComment("customer", "notes", "Anything"))
					.expect(Difference.ColumnChanged.class)
					.source("op.alterColumn(\"customer\", \"notes\", (c) -> c.comment(\"\")"),
				scenario("table comment", (op, s) -> op.setTableComment("customer", "Clients"))
					.expect(Difference.TableCommentChanged.class),
				scenario("table comment missing", (op, s) -> op.dropTableComment("customer"))
					.expect(Difference.TableCommentChanged.class),
				// An id past the ones the identity generated: the identity restarts after it, not at 1 or 2
				changing("identity the database lacks, over rows", (applier, s) -> {
					applier.apply((op) -> op.alterColumn("purchase_order", "id", (c) -> c.identity(false)));
					applier.sql(insertOrder("7, ", "'R-7'"));
				}).expect(Difference.ColumnChanged.class)
					.source(".identity(true)")
					.afterUpgradeOn((connection) -> {
						execute(connection, insertOrder("", "'R-8'"));
						assertThat(values(connection, "select id from purchase_order where reference = 'R-8'"))
							.as("the id of an order inserted without one").containsExactly("8");
						execute(connection, "delete from purchase_order where reference = 'R-8'");
					}),
				scenario("identity the model does not have",
						(op, s) -> op.alterColumn("customer", "id", (c) -> c.identity(true)))
					.expect(Difference.ColumnChanged.class)
					.source(".identity(false)")
					.afterUpgradeOn((connection) -> {
						assertThatExceptionOfType(SQLException.class).as("a customer inserted without an id")
							.isThrownBy(() -> execute(connection, insertCustomer("", "'C3'")));
						execute(connection, insertCustomer("id, ", "3, 'C3'"));
						execute(connection, "delete from customer where id = 3");
					})));
	}

	@DatabaseTest
	void indexesAndConstraintsOverRows(TestDatabase db) throws Exception {
		run(db, List.of(
				scenario("missing index", (op, s) -> op.dropIndex("ix_customer_name", "customer"))
					.expect(Difference.IndexAdded.class),
				scenario("extra index", (op, s) -> op.createIndex("ix_customer_region", "customer", "region"))
					.expect(Difference.IndexRemoved.class),
				scenario("index columns changed", (op, s) -> {
					op.dropIndex("ix_customer_name", "customer");
					op.createIndex("ix_customer_name", "customer", "first_name");
				}).expect(Difference.IndexRemoved.class, Difference.IndexAdded.class),
				scenario("missing named unique constraint", (op, s) -> op.dropConstraint("customer",
						"uq_customer_code_region", ConstraintKind.UNIQUE))
					.expect(Difference.UniqueAdded.class),
				scenario("named unique constraint on other columns", (op, s) -> {
					op.dropConstraint("customer", "uq_customer_code_region", ConstraintKind.UNIQUE);
					op.addConstraint("customer", Constraints.unique("uq_customer_code_region", "code"));
				}).expect(Difference.UniqueRemoved.class, Difference.UniqueAdded.class),
				scenario("missing unnamed unique constraint", (op, s) -> op.dropConstraint("customer",
						uniqueOn(s, "customer", "email"), ConstraintKind.UNIQUE))
					.expect(Difference.UniqueAdded.class),
				changing("unnamed unique constraint the model does not have",
						(applier, s) -> applier.sql("alter table customer add unique (first_name)"))
					.expect(Difference.UniqueRemoved.class),
				scenario("missing check", (op, s) -> op.dropConstraint("customer", "ck_customer_code",
						ConstraintKind.CHECK))
					.expect(Difference.CheckAdded.class),
				scenario("ordinal enum's check missing",
						(op, s) -> op.dropConstraint("customer", enumCheckOn(s, "customer", "tier"), ConstraintKind.CHECK))
					.expect(Difference.CheckAdded.class)
					.source("Constraints.check(\"ck_customer_tier\", \"tier between 0 and 2\")"),
				changing("ordinal enum's check without its last constant", (applier, s) -> {
					applier.apply((op) -> op.dropConstraint("customer", enumCheckOn(s, "customer", "tier"),
							ConstraintKind.CHECK));
					applier.sql("alter table customer add check (tier between 0 and 1)");
				}).expect(Difference.CheckRemoved.class, Difference.CheckAdded.class)
					.afterUpgradeOn((connection) -> {
						execute(connection, "update customer set tier = 2 where id = 1");
						execute(connection, "update customer set tier = 1 where id = 1");
					}),
				scenario("check the model does not have",
						(op, s) -> op.addConstraint("customer", Constraints.check("ck_customer_region", "region <> ''")))
					.expect(Difference.CheckRemoved.class),
				scenario("missing foreign key", (op, s) -> op.dropConstraint("purchase_order",
						foreignKeyOn(s, "purchase_order", "customer_id"), ConstraintKind.FOREIGN_KEY))
					.expect(Difference.ForeignKeyAdded.class),
				scenario("foreign key the model does not have", (op, s) -> op.addConstraint("customer_phone",
						Constraints.foreignKey("fk_customer_phone_again", "customer_id")
							.references("customer", "id")
							.onDelete(ReferentialAction.CASCADE)))
					.expect(Difference.ForeignKeyRemoved.class),
				scenario("foreign key with another on delete", (op, s) -> {
					String name = foreignKeyOn(s, "purchase_order", "customer_id");
					op.dropConstraint("purchase_order", name, ConstraintKind.FOREIGN_KEY);
					op.addConstraint("purchase_order", Constraints.foreignKey(name, "customer_id")
						.references("customer", "id")
						.onDelete(ReferentialAction.CASCADE));
				}).expect(Difference.ForeignKeyRemoved.class, Difference.ForeignKeyAdded.class),
				scenario("missing primary key", (op, s) -> op.dropConstraint("coupon",
						s.table("coupon").orElseThrow().primaryKey().name(), ConstraintKind.PRIMARY_KEY))
					.expect(Difference.PrimaryKeyChanged.class),
				scenario("primary key on other columns", (op, s) -> {
					op.dropConstraint("coupon", s.table("coupon").orElseThrow().primaryKey().name(),
							ConstraintKind.PRIMARY_KEY);
					op.addConstraint("coupon", Constraints.primaryKey("pk_coupon_old", "code", "discount"));
				}).expect(Difference.PrimaryKeyChanged.class)));
	}

	@DatabaseTest
	void tablesAndSequencesOverRows(TestDatabase db) throws Exception {
		run(db, List.of(
				scenario("extra table", (op, s) -> op.createTable("legacy", column("id", integer()).primaryKey()))
					.expect(Difference.TableRemoved.class)
					.source("// Destructive: loses data"),
				scenario("missing table", (op, s) -> op.dropTable("customer_phone"))
					.expect(Difference.TableAdded.class),
				scenario("missing table with an identity key", (op, s) -> op.dropTable("purchase_order"))
					.expect(Difference.TableAdded.class)
					.afterUpgrade("select count(*) from purchase_order", "0")
					.afterUpgrade((schema) -> assertThat(schema.table("purchase_order").orElseThrow().column("id")
						.orElseThrow().identity()).as("purchase_order.id is an identity column").isTrue()),
				scenario("missing sequence", (op, s) -> op.dropSequence("customer_id_seq"))
					.expect(Difference.SequenceAdded.class),
				scenario("extra sequence", (op, s) -> op.createSequence("legacy_seq", 1, 1))
					.expect(Difference.SequenceRemoved.class),
				scenario("sequence increment", (op, s) -> {
					op.dropSequence("customer_id_seq");
					op.createSequence("customer_id_seq", 100, 1);
				}).expect(Difference.SequenceChanged.class),
				scenario("sequence start", (op, s) -> {
					op.dropSequence("customer_id_seq");
					op.createSequence("customer_id_seq", 1, 10);
				}).expect(Difference.SequenceChanged.class)));
	}

	@DatabaseTest
	void renamesOverRows(TestDatabase db) throws Exception {
		List<RenameQuestion.Rename> asked = new ArrayList<>();
		run(db, List.of(
				scenario("renamed column, whose names agree", (op, s) -> op.renameColumn("customer", "street", "street_line"))
					.expect(Difference.ColumnRenamed.class)
					.source("// Inferred: street_line and street have the same definition; taken as a rename: the names agree",
							"op.renameColumn(\"customer\", \"street_line\", \"street\");")
					.afterUpgrade("select street from customer where id = 1", "Main St"),
				scenario("renamed column with an ordinal enum's check, renames accepted",
						(op, s) -> op.renameColumn("customer", "tier", "rank"))
					.options(AutogenerateOptions.defaults().acceptingRenames())
					.expect(Difference.ColumnRenamed.class),
				scenario("renamed table, whose names agree", (op, s) -> op.renameTable("customer_phone", "customer_phones"))
					.expect(Difference.TableRenamed.class)
					.source("// Inferred: table customer_phones has the columns of customer_phone; taken as a rename:"
							+ " the names agree")
					.afterUpgrade("select phone from customer_phone", "+47 555"),
				// Without a terminal nobody confirms: the data of town is not moved into city
				scenario("renamed column, whose names differ, unconfirmed",
						(op, s) -> op.renameColumn("customer", "city", "town"))
					.expect(Difference.ColumnAdded.class, Difference.ColumnRemoved.class)
					.source("// possible rename of town (same definition), not taken: a rename moves the data and needs"
							+ " confirmation (a terminal, or --accept-renames)", "op.dropColumn(\"customer\", \"town\");")
					.afterUpgrade("select count(*) from customer where city is not null", "0"),
				scenario("renamed column, whose names differ, renames accepted",
						(op, s) -> op.renameColumn("customer", "city", "town"))
					.options(AutogenerateOptions.defaults().acceptingRenames())
					.expect(Difference.ColumnRenamed.class)
					.source("// Inferred: town and city have the same definition; taken as a rename: renames accepted")
					.afterUpgrade("select city from customer where id = 1", "Oslo"),
				scenario("two candidates for one column: no guess", (op, s) -> {
					op.renameColumn("customer", "first_name", "given_name");
					op.renameColumn("customer", "last_name", "family_name");
				}).expect(Difference.ColumnAdded.class, Difference.ColumnAdded.class, Difference.ColumnRemoved.class,
						Difference.ColumnRemoved.class, Difference.IndexRemoved.class, Difference.IndexAdded.class)
					.source("// not inferred as a rename: several candidates have the same definition (given_name,"
							+ " family_name)"),
				scenario("two candidates for one table: no guess", (op, s) -> {
					op.renameTable("customer_phone", "phone_a");
					op.createTable("phone_b", column("customer_id", bigint()).notNull(),
							column("phone", string(30)).notNull());
				}).expect(Difference.TableAdded.class, Difference.TableRemoved.class, Difference.TableRemoved.class)
					.source("// not inferred as a rename: several candidates have the same definition (phone_a,"
							+ " phone_b)"),
				scenario("renames off", (op, s) -> op.renameColumn("customer", "street", "street_line"))
					.options(AutogenerateOptions.defaults().withoutRenames())
					.expect(Difference.ColumnAdded.class, Difference.ColumnRemoved.class),
				scenario("rename declined", (op, s) -> op.renameColumn("customer", "street", "street_line"))
					.options(AutogenerateOptions.defaults().askingAboutRenames((rename) -> {
						asked.add(rename);
						return false;
					}))
					.expect(Difference.ColumnAdded.class, Difference.ColumnRemoved.class)));
		assertThat(asked).extracting(RenameQuestion.Rename::question)
			.containsExactly("Did you rename customer.street_line to customer.street?");
	}

	/**
	 * For each scenario, on a database of its own: the shop's schema with rows, changed by the
	 * scenario; autogenerate, the generated revision compiled and its upgrade applied; no row
	 * lost, the next autogenerate finds nothing, and the downgrade restores the changed schema.
	 * The revisions of all scenarios are compiled together, javac being the slowest step.
	 */
	private void run(TestDatabase db, List<Scenario> scenarios) throws Exception {
		// Every scenario runs, and the failure names all that failed
		List<String> failures = new ArrayList<>();
		List<Prepared> prepared = new ArrayList<>();
		// The mapping and the first revision are the same for every scenario: built once
		try (Connection first = db.connect();
				EntityMapping shop = EntityMapping.build(EntityModels.SHOP, Autogenerate.dialectOf(first))) {
			List<Operation> initial = Autogenerate.compare(first, shop.metadata(), AutogenerateOptions.defaults())
				.upgradeOperations();
			CompiledRevision.Batch batch = new CompiledRevision.Batch(this.directory.resolve(db.kind().name()));
			try {
				for (Scenario scenario : scenarios) {
					TestDatabase fresh = TestDatabase.of(db.kind());
					try {
						Prepared ready = prepare(scenario, fresh, shop.metadata(), initial);
						batch.add(ready.plan(), scenario.name());
						prepared.add(ready);
					}
					catch (Exception | AssertionError ex) {
						failures.add(scenario.name() + ": " + ex);
						fresh.close();
					}
				}
				List<CompiledRevision> revisions = batch.compile();
				for (int i = 0; i < prepared.size(); i++) {
					try {
						check(prepared.get(i), revisions.get(i), shop.metadata());
					}
					catch (Exception | AssertionError ex) {
						failures.add(prepared.get(i).scenario().name() + ": " + ex);
					}
				}
			}
			finally {
				for (Prepared ready : prepared) {
					ready.connection().close();
					ready.database().close();
				}
			}
		}
		assertThat(failures).as(db + ": %d of %d scenarios failed", failures.size(), scenarios.size()).isEmpty();
	}

	/** The shop with rows, changed by the scenario, and the plan autogenerate makes of it. */
	private static Prepared prepare(Scenario scenario, TestDatabase fresh, Metadata shop, List<Operation> initial)
			throws Exception {
		Connection connection = fresh.connect();
		try {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(initial);
			insertShopRows(applier);
			scenario.change().apply(applier, read(fresh, connection));
			Schema changed = normalised(read(fresh, connection));
			Map<String, Long> rows = rowCounts(connection, changed);

			MigrationPlan plan = Autogenerate.compare(connection, shop, scenario.options());

			assertThat(plan.differences()).as(scenario.name())
				.extracting((difference) -> (Object) difference.getClass())
				.containsExactlyInAnyOrderElementsOf(scenario.differences());
			return new Prepared(scenario, fresh, connection, changed, rows, plan);
		}
		catch (Exception | AssertionError ex) {
			connection.close();
			throw ex;
		}
	}

	/** Applies the compiled revision up and down and checks what it did. */
	private static void check(Prepared prepared, CompiledRevision revision, Metadata shop) throws Exception {
		Scenario scenario = prepared.scenario();
		Connection connection = prepared.connection();
		SchemaApplier applier = new SchemaApplier(connection);
		scenario.sourceFragments().forEach((fragment) -> assertThat(revision.source()).as(scenario.name())
			.contains(fragment));
		applier.apply(revision.upgrade());
		Map<String, Long> kept = assertSameRows(connection, prepared.rows(), scenario.name() + ": after the upgrade");
		Schema upgraded = read(prepared.database(), connection);
		scenario.schemaChecks().forEach((schemaCheck) -> schemaCheck.accept(upgraded));
		for (Map.Entry<String, String> value : scenario.valuesAfterUpgrade().entrySet()) {
			assertThat(values(connection, value.getKey())).as(scenario.name() + ": " + value.getKey())
				.containsExactly(value.getValue());
		}
		for (ConnectionCheck connectionCheck : scenario.connectionChecks()) {
			connectionCheck.check(connection);
		}
		assertThat(Autogenerate.compare(connection, shop, AutogenerateOptions.defaults()).differences())
			.as(scenario.name() + ": after the upgrade")
			.extracting(Difference::describe)
			.isEmpty();
		applier.apply(revision.downgrade());
		assertThat(normalised(read(prepared.database(), connection))).as(scenario.name() + ": after the downgrade")
			.isEqualTo(prepared.changed());
		assertSameRows(connection, kept, scenario.name() + ": after the downgrade");
	}

	/**
	 * A scenario's database, changed and compared, waiting for its compiled revision.
	 * @param changed the schema as the scenario left it
	 * @param rows the rows of its tables then
	 */
	private record Prepared(Scenario scenario, TestDatabase database, Connection connection, Schema changed,
			Map<String, Long> rows, MigrationPlan plan) {
	}

	/** Two customers, an order, a phone number and a coupon. */
	private static void insertShopRows(SchemaApplier applier) throws Exception {
		// The @Lob column stays empty: it is an oid on PostgreSQL
		applier.sql("insert into customer (id, code, region, first_name, last_name, email, status, tier, loyalty_points,"
				+ " street, city, postal_code) values (1, 'C1', 'EU', 'Ann', 'Lee', 'ann@example.com', 'ACTIVE', 1,"
				+ " 5, 'Main St', 'Oslo', '0150')",
				"insert into customer (id, code, region, first_name, last_name, email, status, tier, loyalty_points,"
						+ " street, city, postal_code) values (2, 'C2', 'US', 'Bob', 'Ray', 'bob@example.com', 'ACTIVE',"
						+ " 0, 0, 'Elm St', 'Reno', '89501')",
				"insert into purchase_order (customer_id, total, placed_at, state, reference)"
						+ " values (1, 19.99, TIMESTAMP '2026-01-02 10:00:00', 'NEW', 'R-1')",
				"insert into customer_phone (customer_id, phone) values (1, '+47 555')",
				"insert into coupon (code, discount, valid_until) values ('SPRING', 10, DATE '2026-04-01')");
	}

	private static String insertOrder(String id, String reference) {
		return "insert into purchase_order (" + (id.isEmpty() ? "" : "id, ") + "customer_id, total, placed_at, state,"
				+ " reference) values (" + id + "2, 5.00, TIMESTAMP '2026-01-03 10:00:00', 'NEW', " + reference + ")";
	}

	private static String insertCustomer(String idColumn, String values) {
		return "insert into customer (" + idColumn + "code, region, first_name, last_name, email, status, tier,"
				+ " loyalty_points, street, city, postal_code) values (" + values + ", 'EU', 'Cy', 'Dee',"
				+ " 'cy@example.com', 'ACTIVE', 0, 0, 'Oak St', 'Oslo', '0151')";
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** The rows of every table the schema has. */
	private static Map<String, Long> rowCounts(Connection connection, Schema schema) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (Table table : schema.tables()) {
			counts.put(table.name(), Long.valueOf(values(connection, "select count(*) from " + table.name()).get(0)));
		}
		return counts;
	}

	/**
	 * Every table that still has its name holds as many rows as before.
	 * @return the counts of those tables
	 */
	private static Map<String, Long> assertSameRows(Connection connection, Map<String, Long> before,
			String description) throws Exception {
		Map<String, Long> kept = new TreeMap<>();
		Schema now = DatabasePlatforms.of(connection).schemaReader().read(connection, DatabasePlatforms.currentSchema(connection));
		for (Table table : now.tables()) {
			if (before.containsKey(table.name())) {
				assertThat(Long.valueOf(values(connection, "select count(*) from " + table.name()).get(0)))
					.as(description + ": rows of " + table.name())
					.isEqualTo(before.get(table.name()));
				kept.put(table.name(), before.get(table.name()));
			}
		}
		return kept;
	}

	private static String uniqueOn(Schema schema, String table, String column) {
		return schema.table(table).orElseThrow().uniqueConstraints().stream()
			.filter((unique) -> unique.columns().equals(List.of(column)))
			.findFirst()
			.orElseThrow()
			.name();
	}

	/** The name of the check the database holds for an enum column. */
	private static String enumCheckOn(Schema schema, String table, String column) {
		return schema.table(table).orElseThrow().checks().stream()
			.filter((check) -> CheckConditions.columnCheck(check.condition())
				.filter((found) -> found.column().equals(column)).isPresent())
			.findFirst()
			.orElseThrow()
			.name();
	}

	private static String foreignKeyOn(Schema schema, String table, String column) {
		return schema.table(table).orElseThrow().foreignKeys().stream()
			.filter((key) -> key.columns().equals(List.of(column)))
			.findFirst()
			.orElseThrow()
			.name();
	}

	private static Scenario scenario(String name, BiConsumer<Operations, Schema> change) {
		return changing(name, (applier, schema) -> applier.apply((op) -> change.accept(op, schema)));
	}

	private static Scenario changing(String name, Change change) {
		return new Scenario(name, change, AutogenerateOptions.defaults(), List.of(), List.of(), Map.of(), List.of(),
				List.of());
	}

	/** How a scenario changes the database away from the shop's entities. */
	@FunctionalInterface
	private interface Change {

		void apply(SchemaApplier applier, Schema schema) throws Exception;

	}

	/** Work on the upgraded database, such as an insert that must succeed, undone before the downgrade. */
	@FunctionalInterface
	private interface ConnectionCheck {

		void check(Connection connection) throws Exception;

	}

	/**
	 * @param differences the kinds of difference autogenerate must find, exactly
	 * @param sourceFragments text the generated revision must contain
	 * @param valuesAfterUpgrade queries of one value and the value they must give after the upgrade
	 * @param schemaChecks assertions on the schema after the upgrade
	 * @param connectionChecks what runs on the database after the upgrade, leaving its rows as they were
	 */
	private record Scenario(String name, Change change, AutogenerateOptions options, List<Class<?>> differences,
			List<String> sourceFragments, Map<String, String> valuesAfterUpgrade, List<Consumer<Schema>> schemaChecks,
			List<ConnectionCheck> connectionChecks) {

		Scenario expect(Class<?>... kinds) {
			return new Scenario(this.name, this.change, this.options, List.of(kinds), this.sourceFragments,
					this.valuesAfterUpgrade, this.schemaChecks, this.connectionChecks);
		}

		Scenario options(AutogenerateOptions options) {
			return new Scenario(this.name, this.change, options, this.differences, this.sourceFragments,
					this.valuesAfterUpgrade, this.schemaChecks, this.connectionChecks);
		}

		Scenario source(String... fragments) {
			return new Scenario(this.name, this.change, this.options, this.differences, List.of(fragments),
					this.valuesAfterUpgrade, this.schemaChecks, this.connectionChecks);
		}

		Scenario afterUpgrade(String sql, String value) {
			Map<String, String> values = new LinkedHashMap<>(this.valuesAfterUpgrade);
			values.put(sql, value);
			return new Scenario(this.name, this.change, this.options, this.differences, this.sourceFragments, values,
					this.schemaChecks, this.connectionChecks);
		}

		Scenario afterUpgrade(Consumer<Schema> check) {
			List<Consumer<Schema>> checks = new ArrayList<>(this.schemaChecks);
			checks.add(check);
			return new Scenario(this.name, this.change, this.options, this.differences, this.sourceFragments,
					this.valuesAfterUpgrade, checks, this.connectionChecks);
		}

		Scenario afterUpgradeOn(ConnectionCheck check) {
			List<ConnectionCheck> checks = new ArrayList<>(this.connectionChecks);
			checks.add(check);
			return new Scenario(this.name, this.change, this.options, this.differences, this.sourceFragments,
					this.valuesAfterUpgrade, this.schemaChecks, checks);
		}

	}

	private static Schema read(TestDatabase db, Connection connection) {
		return DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema());
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

	/** The values of a one-column query as text; numbers without trailing zeros. */
	private static List<String> values(Connection connection, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				Object value = rows.getObject(1);
				values.add((value instanceof Number number)
						? new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
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
