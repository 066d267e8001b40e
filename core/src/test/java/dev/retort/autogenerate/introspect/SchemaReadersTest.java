package dev.retort.autogenerate.introspect;

import java.sql.Connection;
import java.util.List;

import dev.retort.autogenerate.SchemaApplier;
import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.SchemaFilter;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.Constraints.check;
import static dev.retort.operations.Constraints.foreignKey;
import static dev.retort.operations.Constraints.primaryKey;
import static dev.retort.operations.Constraints.unique;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.blob;
import static dev.retort.operations.types.Types.bool;
import static dev.retort.operations.types.Types.date;
import static dev.retort.operations.types.Types.decimal;
import static dev.retort.operations.types.Types.doublePrecision;
import static dev.retort.operations.types.Types.enumOf;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.json;
import static dev.retort.operations.types.Types.real;
import static dev.retort.operations.types.Types.smallint;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.text;
import static dev.retort.operations.types.Types.time;
import static dev.retort.operations.types.Types.timestamp;
import static dev.retort.operations.types.Types.uuid;
import static dev.retort.operations.types.Types.varbinary;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schemas built with Retort's operations, read back by each database's reader into the neutral
 * model: every portable type comes back as itself.
 */
class SchemaReadersTest {

	@DatabaseTest
	void readsTablesColumnsTypesDefaultsAndComments(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply((op) -> {
				op.createTable("user_account",
						column("id", uuid()).primaryKey(),
						column("email", string(255)).notNull().comment("Where we write"),
						column("is_active", bool()).notNull().serverDefault(true),
						column("full_name", string(100)),
						column("status", string(20)).notNull().serverDefaultText("it's new"),
						column("visits", integer()).notNull().serverDefault(0),
						column("small", smallint()),
						column("price", decimal(10, 2)),
						column("ratio", real()),
						column("precise", doublePrecision()),
						column("born", date()),
						column("wakes", time()),
						column("created_at", timestamp()).serverDefault("current_timestamp"),
						column("bio", text()),
						column("avatar", blob()),
						column("digest", varbinary(32)),
						column("doc", json()),
						column("kind", enumOf("SMALL", "LARGE")));
				op.setTableComment("user_account", "People who sign in");
			});

			Table table = read(db, connection).table("user_account").orElseThrow();

			assertThat(table.comment()).isEqualTo("People who sign in");
			assertThat(table.primaryKey().columns()).containsExactly("id");
			assertThat(table.columns()).extracting(Column::name)
				.containsExactly("id", "email", "is_active", "full_name", "status", "visits", "small", "price", "ratio",
						"precise", "born", "wakes", "created_at", "bio", "avatar", "digest", "doc", "kind");
			assertThat(types(table)).containsExactly(uuid(), string(255), bool(), string(100), string(20), integer(),
					smallint(), decimal(10, 2), real(), doublePrecision(), date(), time(), timestamp(), text(), blob(),
					(db.kind() == DatabaseKind.POSTGRESQL) ? blob() : varbinary(32), json(), enumOf("SMALL", "LARGE"));
			Column email = table.column("email").orElseThrow();
			assertThat(email.nullable()).isFalse();
			assertThat(email.comment()).isEqualTo("Where we write");
			assertThat(table.column("full_name").orElseThrow().nullable()).isTrue();
			assertThat(table.column("is_active").orElseThrow().serverDefault()).isEqualTo(ServerDefault.bool(true));
			assertThat(table.column("status").orElseThrow().serverDefault()).isEqualTo(ServerDefault.text("it's new"));
			assertThat(table.column("visits").orElseThrow().serverDefault()).isEqualTo(ServerDefault.number(0));
			assertThat(table.column("created_at").orElseThrow().serverDefault())
				.isEqualTo(ServerDefault.expression("current_timestamp"));
			assertThat(table.column("full_name").orElseThrow().serverDefault()).isNull();
			assertThat(table.checks()).isEmpty();
		}
	}

	@DatabaseTest
	void readsKeysIndexesChecksAndSequences(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply((op) -> {
				op.createTable("owner",
						column("id", bigint()).identity().primaryKey(),
						column("code", string(10)).notNull(),
						column("region", string(10)).notNull(),
						unique("uq_owner_code_region", "code", "region"));
				op.createTable("pet",
						column("id", bigint()).primaryKey(),
						column("owner_id", bigint()).notNull(),
						column("name", string(50)),
						column("age", integer()),
						foreignKey("fk_pet_owner", "owner_id").references("owner", "id").onDelete(ReferentialAction.CASCADE),
						check("ck_pet_age", "age >= 0"));
				op.createIndex("ix_pet_name_age", "pet", "name", "age");
				op.createUniqueIndex("ux_pet_name", "pet", "name");
				op.createSequence("pet_seq", 1, 50);
			});

			Schema schema = read(db, connection);
			Table owner = schema.table("owner").orElseThrow();
			Table pet = schema.table("pet").orElseThrow();

			assertThat(owner.column("id").orElseThrow().identity()).isTrue();
			assertThat(owner.column("id").orElseThrow().serverDefault()).isNull();
			assertThat(owner.uniqueConstraints()).extracting(UniqueConstraint::name, UniqueConstraint::columns)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("uq_owner_code_region", List.of("code", "region")));
			assertThat(pet.foreignKeys()).singleElement().satisfies((foreignKey) -> {
				assertThat(foreignKey.name()).isEqualTo("fk_pet_owner");
				assertThat(foreignKey.signature()).isEqualTo(new ForeignKey(null, List.of("owner_id"), "owner",
						List.of("id"), ReferentialAction.CASCADE, null).signature());
			});
			assertThat(pet.checks()).extracting(CheckConstraint::name).containsExactly("ck_pet_age");
			// A unique index is a unique constraint on MariaDB, where the two are one thing
			if (db.kind() == DatabaseKind.MARIADB) {
				assertThat(pet.indexes()).containsExactly(new Index("ix_pet_name_age",
						List.of(Index.IndexColumn.ascending("name"), Index.IndexColumn.ascending("age")), false));
				assertThat(pet.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly("ux_pet_name");
			}
			else {
				assertThat(pet.indexes()).containsExactlyInAnyOrder(
						new Index("ix_pet_name_age",
								List.of(Index.IndexColumn.ascending("name"), Index.IndexColumn.ascending("age")), false),
						new Index("ux_pet_name", List.of(Index.IndexColumn.ascending("name")), true));
			}
			assertThat(schema.sequences()).containsExactly(new Sequence("pet_seq", 1, 50));
		}
	}

	/**
	 * Keys name their columns as they are called now: H2 (2.3 to 2.5) keeps a key's old column
	 * names in {@code KEY_COLUMN_USAGE} after the columns are renamed.
	 */
	@DatabaseTest
	void readsKeysByTheNamesTheirColumnsHaveAfterARename(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply((op) -> {
				op.createTable("owner", column("id", bigint()).notNull(), column("code", string(10)).notNull(),
						column("region", string(10)).notNull(), primaryKey("pk_owner", "id", "code"),
						unique("uq_owner_region_code", "region", "code"));
				op.createTable("pet", column("id", bigint()).primaryKey(), column("owner_code", string(10)),
						column("owner_region", string(10)),
						foreignKey("fk_pet_owner", "owner_region", "owner_code").references("owner", "region", "code"));
			});
			new SchemaApplier(connection).apply((op) -> {
				op.renameColumn("owner", "code", "owner_code");
				op.renameColumn("owner", "region", "area");
				op.renameColumn("pet", "owner_region", "owner_area");
			});

			Schema schema = read(db, connection);
			Table owner = schema.table("owner").orElseThrow();
			assertThat(owner.primaryKey().columns()).containsExactly("id", "owner_code");
			assertThat(owner.uniqueConstraints()).extracting(UniqueConstraint::columns)
				.containsExactly(List.of("area", "owner_code"));
			assertThat(schema.table("pet").orElseThrow().foreignKeys()).singleElement().satisfies((foreignKey) -> {
				assertThat(foreignKey.columns()).containsExactly("owner_area", "owner_code");
				assertThat(foreignKey.referencedColumns()).containsExactly("area", "owner_code");
			});
		}
	}

	/**
	 * Two unique keys over the same columns in two orders, one column renamed, and a foreign key
	 * served by a wider index: H2 lets one index serve both keys, and the foreign key.
	 */
	@DatabaseTest
	void readsKeysThatShareAnIndexInTheirOwnOrderAfterARename(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply((op) -> {
				op.createTable("region", column("id", bigint()).primaryKey());
				op.createTable("depot", column("id", bigint()).primaryKey(), column("code", string(10)),
						column("city", string(10)), column("region_id", bigint()), unique("uq_depot_code_city", "code", "city"),
						unique("uq_depot_city_code", "city", "code"));
				op.createIndex("ix_depot_region_code", "depot", "region_id", "code");
				op.addConstraint("depot", foreignKey("fk_depot_region", "region_id").references("region", "id"));
			});
			new SchemaApplier(connection).apply((op) -> {
				op.renameColumn("depot", "city", "town");
				op.renameColumn("depot", "region_id", "area_id");
			});

			Table depot = read(db, connection).table("depot").orElseThrow();
			assertThat(depot.uniqueConstraints()).extracting(UniqueConstraint::name, UniqueConstraint::columns)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("uq_depot_code_city", List.of("code", "town")),
						org.assertj.core.groups.Tuple.tuple("uq_depot_city_code", List.of("town", "code")));
			assertThat(depot.foreignKeys()).extracting(ForeignKey::columns).containsExactly(List.of("area_id"));
		}
	}

	/**
	 * Renames that shift and swap names among a key's columns, and two renamed columns of keys
	 * that share an index with another key: each key still names its columns in its order.
	 */
	@DatabaseTest
	void readsKeysInTheirOrderAfterRenamesThatShiftAndSwapNames(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply((op) -> {
				op.createTable("shifted", column("a", integer()).notNull(), column("b", integer()).notNull(),
						primaryKey("pk_shifted", "a", "b"));
				op.createTable("swapped", column("id", integer()).primaryKey(), column("a", integer()),
						column("b", integer()), unique("uq_swapped_ab", "a", "b"));
				op.createTable("shared", column("id", integer()).primaryKey(), column("a", integer()),
						column("b", integer()), unique("uq_shared_ab", "a", "b"), unique("uq_shared_ba", "b", "a"));
				op.createTable("target", column("x", integer()).notNull(), column("y", integer()).notNull(),
						primaryKey("pk_target", "x", "y"));
				op.createTable("referring", column("id", integer()).primaryKey(), column("a", integer()),
						column("b", integer()), unique("uq_referring_ba", "b", "a"));
				op.addConstraint("referring", foreignKey("fk_referring_target", "a", "b").references("target", "x", "y"));
			});
			new SchemaApplier(connection).apply((op) -> {
				op.renameColumn("shifted", "b", "c");
				op.renameColumn("shifted", "a", "b");
				op.renameColumn("swapped", "a", "tmp");
				op.renameColumn("swapped", "b", "a");
				op.renameColumn("swapped", "tmp", "b");
				op.renameColumn("shared", "a", "x");
				op.renameColumn("shared", "b", "y");
				op.renameColumn("referring", "a", "a2");
				op.renameColumn("referring", "b", "b2");
			});

			Schema schema = read(db, connection);
			assertThat(schema.table("shifted").orElseThrow().primaryKey().columns()).containsExactly("b", "c");
			assertThat(schema.table("swapped").orElseThrow().uniqueConstraints()).extracting(UniqueConstraint::columns)
				.containsExactly(List.of("b", "a"));
			assertThat(schema.table("shared").orElseThrow().uniqueConstraints())
				.extracting(UniqueConstraint::name, UniqueConstraint::columns)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("uq_shared_ab", List.of("x", "y")),
						org.assertj.core.groups.Tuple.tuple("uq_shared_ba", List.of("y", "x")));
			assertThat(schema.table("referring").orElseThrow().foreignKeys()).singleElement().satisfies((key) -> {
				assertThat(key.columns()).containsExactly("a2", "b2");
				assertThat(key.referencedColumns()).containsExactly("x", "y");
			});
		}
	}

	@DatabaseTest
	void leavesOutRetortsTablesAndExcludedOnes(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply((op) -> {
				op.createTable("retort_version", column("version_num", string(64)).notNull());
				op.createTable("retort_history", column("id", bigint()));
				op.createTable("audit_log", column("id", bigint()));
				op.createTable("customer", column("id", bigint()));
			});

			Schema schema = read(db, connection).filter(SchemaFilter.defaults().excluding(List.of("audit_*")));

			assertThat(schema.tables()).extracting(Table::name).containsExactly("customer");
		}
	}

	@DatabaseTest
	void readsThreeHundredTablesInFewQueries(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply((op) -> {
				for (int i = 0; i < 300; i++) {
					op.createTable("t" + i,
							column("id", bigint()).primaryKey(),
							column("name", string(50)).notNull(),
							column("parent_id", bigint()),
							foreignKey("fk_t" + i + "_parent", "parent_id").references("t" + i, "id"));
					op.createIndex("ix_t" + i + "_name", "t" + i, "name");
				}
			});

			long start = System.nanoTime();
			Schema schema = read(db, connection);
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.println("[autogenerate] read 300 tables from " + db + " in " + millis + " ms");

			assertThat(schema.tables()).hasSize(300);
			assertThat(schema.tables()).allSatisfy((table) -> {
				assertThat(table.columns()).hasSize(3);
				assertThat(table.foreignKeys()).hasSize(1);
				assertThat(table.indexes()).extracting(Index::name).containsExactly("ix_" + table.name() + "_name");
			});
			assertThat(millis).isLessThan(10_000);
		}
	}

	private static Schema read(TestDatabase db, Connection connection) {
		return DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema());
	}

	private static List<ColumnType> types(Table table) {
		return table.columns().stream().map(Column::type).toList();
	}

}
