package dev.retort.ddl;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.retort.operations.ConstraintKind;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
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
import static dev.retort.operations.types.Types.binary;
import static dev.retort.operations.types.Types.blob;
import static dev.retort.operations.types.Types.bool;
import static dev.retort.operations.types.Types.date;
import static dev.retort.operations.types.Types.decimal;
import static dev.retort.operations.types.Types.doublePrecision;
import static dev.retort.operations.types.Types.enumOf;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.json;
import static dev.retort.operations.types.Types.raw;
import static dev.retort.operations.types.Types.real;
import static dev.retort.operations.types.Types.smallint;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.text;
import static dev.retort.operations.types.Types.time;
import static dev.retort.operations.types.Types.timestamp;
import static dev.retort.operations.types.Types.timestampWithTimeZone;
import static dev.retort.operations.types.Types.uuid;
import static dev.retort.operations.types.Types.varbinary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation applied to a real database and reverted, each checked through the database's
 * own metadata, on H2, PostgreSQL and MariaDB.
 */
class OperationsOnDatabasesTest {

	@DatabaseTest
	void createsATableWithColumnsDefaultsAndCommentsAndDropsIt(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("user",
					column("id", uuid()).primaryKey(),
					column("email", string(255)).notNull().comment("Where we write, it's unique"),
					column("is_active", bool()).notNull().serverDefault(true),
					column("full_name", string(255)),
					column("status", string(20)).notNull().serverDefaultText("new")));

			Map<String, LiveSchema.ColumnInfo> columns = schema.columns("user");
			assertThat(columns.keySet()).containsExactly(schema.stored("id"), schema.stored("email"),
					schema.stored("is_active"), schema.stored("full_name"), schema.stored("status"));
			LiveSchema.ColumnInfo email = columns.get(schema.stored("email"));
			assertThat(email.nullable()).isFalse();
			assertThat(email.size()).isEqualTo(255);
			assertThat(email.comment()).isEqualTo("Where we write, it's unique");
			assertThat(columns.get(schema.stored("full_name")).nullable()).isTrue();
			assertThat(columns.get(schema.stored("is_active")).defaultValue()).isNotNull();
			assertThat(schema.constraints("user", "PRIMARY KEY")).hasSize(1);

			UUID id = UUID.randomUUID();
			schema.apply((op) -> op.bulkInsert("user", List.of(Map.of("id", id, "email", "a@example.com"))));
			assertThat(schema.queryForList("select is_active from " + schema.sqlName("user")))
				.singleElement()
				.satisfies((value) -> assertThat(value).isIn(true, 1, (byte) 1, 1L));
			assertThat(schema.queryForList("select status from " + schema.sqlName("user"))).containsExactly("new");

			schema.apply((op) -> op.dropTable("user"));
			assertThat(schema.tableExists("user")).isFalse();
		}
	}

	@DatabaseTest
	void storesAndReadsBackEveryPortableType(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("everything",
					column("id", bigint()).identity().primaryKey(),
					column("small", smallint()),
					column("medium", integer()),
					column("price", decimal(10, 2)),
					column("ratio", real()),
					column("precise", doublePrecision()),
					column("day", date()),
					column("at_time", time()),
					column("local_at", timestamp()),
					column("instant_at", timestampWithTimeZone()),
					column("uid", uuid()),
					column("fixed", binary(4)),
					column("bytes", varbinary(16)),
					column("large", blob()),
					column("body", text()),
					column("doc", json()),
					column("flag", bool()),
					column("kind", enumOf("SMALL", "LARGE")),
					column("custom", raw("varchar(12)"))));

			UUID uid = UUID.randomUUID();
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("small", 7);
			row.put("medium", 70000);
			row.put("price", new BigDecimal("1234.56"));
			row.put("ratio", 1.5f);
			row.put("precise", 2.25d);
			row.put("day", LocalDate.of(2024, 2, 29));
			row.put("at_time", LocalTime.of(13, 45, 10));
			row.put("local_at", LocalDateTime.of(2024, 2, 29, 13, 45, 10, 123456000));
			row.put("instant_at", OffsetDateTime.of(2024, 2, 29, 13, 45, 10, 0, ZoneOffset.UTC));
			row.put("uid", (db.kind() == DatabaseKind.MARIADB) ? uid.toString() : uid);
			row.put("fixed", new byte[] { 1, 2, 3, 4 });
			row.put("bytes", new byte[] { 5, 6 });
			row.put("large", new byte[] { 7, 8, 9 });
			row.put("body", "x".repeat(70_000));
			row.put("doc", jsonParameter(db.kind(), "{\"a\": 1}"));
			row.put("flag", true);
			row.put("kind", "LARGE");
			row.put("custom", "twelve chars");
			schema.apply((op) -> op.bulkInsert("everything", List.of(row)));

			Connection connection = schema.connection();
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("select * from everything")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getLong("id")).isEqualTo(1);
				assertThat(rows.getInt("small")).isEqualTo(7);
				assertThat(rows.getInt("medium")).isEqualTo(70000);
				assertThat(rows.getBigDecimal("price")).isEqualByComparingTo("1234.56");
				assertThat(rows.getFloat("ratio")).isEqualTo(1.5f);
				assertThat(rows.getDouble("precise")).isEqualTo(2.25d);
				assertThat(rows.getObject("day", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
				assertThat(rows.getObject("at_time", LocalTime.class)).isEqualTo(LocalTime.of(13, 45, 10));
				assertThat(rows.getObject("local_at", LocalDateTime.class))
					.isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 45, 10, 123456000));
				assertThat(rows.getString("uid")).isEqualToIgnoringCase(uid.toString());
				assertThat(rows.getBytes("fixed")).containsExactly(1, 2, 3, 4);
				assertThat(rows.getBytes("bytes")).containsExactly(5, 6);
				assertThat(rows.getBytes("large")).containsExactly(7, 8, 9);
				assertThat(rows.getString("body")).hasSize(70_000);
				assertThat(rows.getString("doc")).contains("\"a\"");
				assertThat(rows.getBoolean("flag")).isTrue();
				assertThat(rows.getString("kind")).isEqualTo("LARGE");
				assertThat(rows.getString("custom")).isEqualTo("twelve chars");
			}
			Map<String, LiveSchema.ColumnInfo> columns = schema.columns("everything");
			assertThat(columns.get(schema.stored("uid")).type()).isEqualTo("uuid");
			assertThat(columns.get(schema.stored("price")).size()).isEqualTo(10);

			// An enum accepts its values only
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into everything (kind) values ('MEDIUM')"));

			schema.apply((op) -> op.dropTable("everything"));
			assertThat(schema.tableExists("everything")).isFalse();
		}
	}

	/** JSON as each driver binds it: PostgreSQL a jsonb object, H2 the text's bytes, MariaDB the text. */
	private static Object jsonParameter(DatabaseKind kind, String json) throws SQLException {
		return switch (kind) {
			case POSTGRESQL -> {
				PGobject object = new PGobject();
				object.setType("jsonb");
				object.setValue(json);
				yield object;
			}
			case H2 -> json.getBytes(StandardCharsets.UTF_8);
			case MARIADB -> json;
		};
	}

	@DatabaseTest
	void renamesTablesAndColumnsAndBack(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("account", column("id", integer()).primaryKey(),
					column("mail", string(100))));

			schema.apply((op) -> {
				op.renameTable("account", "user");
				op.renameColumn("user", "mail", "email");
			});
			assertThat(schema.tableExists("account")).isFalse();
			assertThat(schema.columns("user")).containsOnlyKeys(schema.stored("id"), schema.stored("email"));

			schema.apply((op) -> {
				op.renameColumn("user", "email", "mail");
				op.renameTable("user", "account");
			});
			assertThat(schema.tableExists("user")).isFalse();
			assertThat(schema.columns("account")).containsOnlyKeys(schema.stored("id"), schema.stored("mail"));
		}
	}

	@DatabaseTest
	void addsAndDropsColumns(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("item", column("id", integer()).primaryKey()));
			schema.apply((op) -> op.bulkInsert("item", List.of(Map.of("id", 1))));

			schema.apply((op) -> op.addColumn("item",
					column("is_active", bool()).notNull().serverDefault(true).comment("Shown in the shop")));
			LiveSchema.ColumnInfo added = schema.column("item", "is_active").orElseThrow();
			assertThat(added.nullable()).isFalse();
			assertThat(added.comment()).isEqualTo("Shown in the shop");
			assertThat(schema.queryForList("select count(*) from item where is_active = " + schema.renderer().literal(true)))
				.singleElement()
				.satisfies((count) -> assertThat(((Number) count).intValue()).isEqualTo(1));

			schema.apply((op) -> op.dropColumn("item", "is_active"));
			assertThat(schema.column("item", "is_active")).isEmpty();
		}
	}

	@DatabaseTest
	void altersTypeNullabilityDefaultAndCommentAndBack(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("user", column("id", integer()).primaryKey(),
					column("email", string(255)).notNull().serverDefaultText("none").comment("Login")));

			// Widening the type keeps what the change does not name, on MariaDB read from the database
			schema.apply((op) -> op.alterColumn("user", "email", (c) -> c.type(string(320))));
			LiveSchema.ColumnInfo widened = schema.column("user", "email").orElseThrow();
			assertThat(widened.size()).isEqualTo(320);
			assertThat(widened.nullable()).isFalse();
			assertThat(widened.comment()).isEqualTo("Login");
			assertThat(widened.defaultValue()).contains("none");

			schema.apply((op) -> op.alterColumn("user", "email",
					(c) -> c.nullable(true).dropServerDefault().comment("Login, optional")));
			LiveSchema.ColumnInfo loosened = schema.column("user", "email").orElseThrow();
			assertThat(loosened.nullable()).isTrue();
			assertThat(loosened.defaultValue()).satisfiesAnyOf((value) -> assertThat(value).isNull(),
					(value) -> assertThat(value).isEqualToIgnoringCase("NULL"));
			assertThat(loosened.comment()).isEqualTo("Login, optional");
			assertThat(loosened.size()).isEqualTo(320);

			schema.apply((op) -> op.alterColumn("user", "email", (c) -> c.serverDefault(ServerDefault.text("x"))));
			assertThat(schema.column("user", "email").orElseThrow().defaultValue()).contains("x");

			// The downgrade restates everything, as an offline MariaDB rendering requires
			schema.apply((op) -> op.alterColumn("user", "email",
					(c) -> c.type(string(255)).nullable(false).serverDefault(ServerDefault.text("none")).comment("Login")
						.existingType(string(320)).existingNullable(true).existingServerDefault(ServerDefault.text("x"))
						.existingComment("Login, optional")));
			LiveSchema.ColumnInfo restored = schema.column("user", "email").orElseThrow();
			assertThat(restored).extracting(LiveSchema.ColumnInfo::size, LiveSchema.ColumnInfo::nullable,
					LiveSchema.ColumnInfo::comment)
				.containsExactly(255, false, "Login");
			assertThat(restored.defaultValue()).contains("none");

			schema.apply((op) -> op.alterColumn("user", "email", (c) -> c.dropComment()));
			assertThat(schema.column("user", "email").orElseThrow().comment()).isNull();
		}
	}

	@DatabaseTest
	void addsAnIdentityAfterTheRowsThereAndDropsIt(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("ticket", column("id", bigint()).primaryKey().comment("Key"),
					column("title", string(10))));
			schema.update("insert into ticket (id, title) values (1, 'a'), (5, 'b')");

			schema.apply((op) -> op.alterColumn("ticket", "id", (c) -> c.identity(true)));
			schema.update("insert into ticket (title) values ('c')");
			assertThat(schema.queryForList("select id from ticket where title = 'c'"))
				.singleElement()
				.satisfies((id) -> assertThat(((Number) id).longValue()).isEqualTo(6L));
			assertThat(schema.column("ticket", "id").orElseThrow().comment()).isEqualTo("Key");

			schema.apply((op) -> op.alterColumn("ticket", "id", (c) -> c.identity(false)));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into ticket (title) values ('d')"));
			schema.update("insert into ticket (id, title) values (7, 'd')");
			LiveSchema.ColumnInfo id = schema.column("ticket", "id").orElseThrow();
			assertThat(id.nullable()).isFalse();
			assertThat(id.comment()).isEqualTo("Key");
		}
	}

	@DatabaseTest
	void createsAndDropsUniqueAndMultiColumnIndexes(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("person", column("id", integer()).primaryKey(),
					column("email", string(255)), column("last_name", string(50)), column("first_name", string(50))));

			schema.apply((op) -> {
				op.createUniqueIndex("ix_person_email", "person", "email");
				op.createIndex("ix_person_name", "person", "last_name", "first_name");
			});
			Map<String, LiveSchema.IndexInfo> indexes = schema.indexes("person");
			assertThat(indexes.get(schema.stored("ix_person_email")))
				.isEqualTo(new LiveSchema.IndexInfo(List.of(schema.stored("email")), true));
			assertThat(indexes.get(schema.stored("ix_person_name")))
				.isEqualTo(new LiveSchema.IndexInfo(List.of(schema.stored("last_name"), schema.stored("first_name")), false));
			schema.update("insert into person (id, email) values (1, 'a@example.com')");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into person (id, email) values (2, 'a@example.com')"));

			schema.apply((op) -> {
				op.dropIndex("ix_person_name", "person");
				op.dropIndex("ix_person_email", "person");
			});
			assertThat(schema.indexes("person")).doesNotContainKeys(schema.stored("ix_person_email"),
					schema.stored("ix_person_name"));
			schema.update("insert into person (id, email) values (2, 'a@example.com')");
		}
	}

	@DatabaseTest
	void addsAndDropsPrimaryKeyUniqueForeignKeyAndCheckConstraints(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> {
				op.createTable("owner", column("id", integer()).notNull(), column("code", string(10)).notNull());
				op.createTable("pet", column("id", integer()).notNull(), column("owner_id", integer()),
						column("age", integer()));
			});

			schema.apply((op) -> {
				op.addConstraint("owner", primaryKey("pk_owner", "id"));
				op.addConstraint("owner", unique("uq_owner_code", "code"));
				op.addConstraint("pet", primaryKey("pk_pet", "id"));
				op.addConstraint("pet", foreignKey("fk_pet_owner", "owner_id").references("owner", "id")
					.onDelete(ReferentialAction.CASCADE));
				op.addConstraint("pet", check("ck_pet_age", "age >= 0"));
			});
			assertThat(schema.constraints("owner", "PRIMARY KEY")).hasSize(1);
			assertThat(schema.constraints("owner", "UNIQUE")).containsExactly(schema.stored("uq_owner_code"));
			assertThat(schema.constraints("pet", "FOREIGN KEY")).containsExactly(schema.stored("fk_pet_owner"));
			assertThat(schema.constraints("pet", "CHECK")).contains(schema.stored("ck_pet_age"));
			assertThat(schema.foreignKeyDeleteRule("pet", "fk_pet_owner")).contains(DatabaseMetaData.importedKeyCascade);

			schema.update("insert into owner (id, code) values (1, 'a')");
			schema.update("insert into pet (id, owner_id, age) values (1, 1, 3)");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into owner (id, code) values (2, 'a')"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into pet (id, owner_id, age) values (2, 99, 3)"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into pet (id, owner_id, age) values (3, 1, -1)"));
			schema.update("delete from owner where id = 1");
			assertThat(schema.queryForList("select id from pet")).isEmpty();

			schema.apply((op) -> {
				op.dropConstraint("pet", "ck_pet_age", ConstraintKind.CHECK);
				op.dropConstraint("pet", "fk_pet_owner", ConstraintKind.FOREIGN_KEY);
				op.dropConstraint("pet", "pk_pet", ConstraintKind.PRIMARY_KEY);
				op.dropConstraint("owner", "uq_owner_code", ConstraintKind.UNIQUE);
				op.dropConstraint("owner", "pk_owner", ConstraintKind.PRIMARY_KEY);
			});
			assertThat(schema.constraints("owner", "PRIMARY KEY")).isEmpty();
			assertThat(schema.constraints("owner", "UNIQUE")).isEmpty();
			assertThat(schema.constraints("pet", "PRIMARY KEY")).isEmpty();
			assertThat(schema.constraints("pet", "FOREIGN KEY")).isEmpty();
			assertThat(schema.constraints("pet", "CHECK")).doesNotContain(schema.stored("ck_pet_age"));
			schema.update("insert into pet (id, owner_id, age) values (1, 99, -1)");
			schema.update("insert into pet (id, owner_id, age) values (1, 99, -1)");
		}
	}

	@DatabaseTest
	void createsTablesWithInlineConstraints(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> {
				op.createTable("user", column("id", bigint()).identity().primaryKey(), column("email", string(255)));
				op.createTable("order", column("id", bigint()).notNull(), column("user_id", bigint()).notNull(),
						column("total", decimal(10, 2)), primaryKey("pk_order", "id"),
						foreignKey("fk_order_user", "user_id").references("user", "id").onDelete(ReferentialAction.CASCADE),
						unique("uq_order_user", "user_id", "id"), check("ck_order_total", "total >= 0"));
			});
			assertThat(schema.constraints("order", "FOREIGN KEY")).containsExactly(schema.stored("fk_order_user"));
			assertThat(schema.constraints("order", "UNIQUE")).containsExactly(schema.stored("uq_order_user"));
			assertThat(schema.constraints("order", "CHECK")).contains(schema.stored("ck_order_total"));
			assertThat(schema.foreignKeyDeleteRule("order", "fk_order_user"))
				.contains(DatabaseMetaData.importedKeyCascade);

			schema.apply((op) -> {
				op.dropTable("order");
				op.dropTable("user");
			});
			assertThat(schema.tableExists("order")).isFalse();
			assertThat(schema.tableExists("user")).isFalse();
		}
	}

	@DatabaseTest
	void createsAndDropsSequences(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> {
				op.createSequence("seq_invoice", 100, 5);
				op.createSequence("order");
			});
			assertThat(schema.sequenceExists("seq_invoice")).isTrue();
			assertThat(schema.nextValue("seq_invoice")).isEqualTo(100);
			assertThat(schema.nextValue("seq_invoice")).isEqualTo(105);
			assertThat(schema.nextValue("order")).isEqualTo(1);

			schema.apply((op) -> {
				op.dropSequence("seq_invoice");
				op.dropSequence("order");
			});
			assertThat(schema.sequenceExists("seq_invoice")).isFalse();
			assertThat(schema.sequenceExists("order")).isFalse();
		}
	}

	@DatabaseTest
	void setsAndDropsTableComments(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("user", column("id", integer())));
			schema.apply((op) -> op.setTableComment("user", "People who log in; 'quoted' \\ too"));
			assertThat(schema.tableComment("user")).isEqualTo("People who log in; 'quoted' \\ too");

			schema.apply((op) -> op.dropTableComment("user"));
			assertThat(schema.tableComment("user")).isNull();
		}
	}

	@DatabaseTest
	void insertsRowsWithValuesBoundAsParameters(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("note", column("id", integer()).primaryKey(),
					column("body", string(100)), column("status", string(10)).notNull().serverDefaultText("draft")));
			Map<String, Object> withNull = new HashMap<>();
			withNull.put("id", 3);
			withNull.put("body", null);
			withNull.put("status", "done");
			schema.apply((op) -> op.bulkInsert("note", List.of(Map.of("id", 1, "body", "it's; drop table note; --"),
					Map.of("id", 2, "body", "back\\slash"), withNull)));

			assertThat(schema.queryForList("select body from note order by id"))
				.containsExactly("it's; drop table note; --", "back\\slash", null);
			assertThat(schema.queryForList("select status from note order by id")).containsExactly("draft", "draft",
					"done");

			schema.apply((op) -> op.sql("delete from note where id > 1;\n"));
			assertThat(schema.queryForList("select id from note")).hasSize(1);
		}
	}

	@DatabaseTest
	void runsConnectionAndDataSourceCallbacksOnTheMigrationConnection(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("counter", column("id", integer()).primaryKey(),
					column("hits", integer()).notNull()));
			List<Connection> seen = new ArrayList<>();

			schema.apply((op) -> {
				op.withConnection("Insert the first counter", (connection) -> {
					seen.add(connection);
					try (var statement = connection.prepareStatement("insert into counter (id, hits) values (?, ?)")) {
						statement.setInt(1, 1);
						statement.setInt(2, 10);
						statement.executeUpdate();
					}
				});
				op.withDataSource("Double every counter", (dataSource) -> {
					JdbcTemplate jdbc = new JdbcTemplate(dataSource);
					jdbc.update("update counter set hits = hits * 2");
					jdbc.update("insert into counter (id, hits) values (?, ?)", 2, 1);
					seen.add(dataSource.getConnection().unwrap(Connection.class));
				});
			});

			assertThat(schema.queryForList("select hits from counter order by id"))
				.extracting((value) -> ((Number) value).intValue())
				.containsExactly(20, 1);
			assertThat(seen).hasSize(2);
			assertThat(schema.connection().isClosed()).as("JdbcTemplate's close left the connection open").isFalse();
		}
	}

	@DatabaseTest
	void quotesReservedMixedCaseAndAwkwardNames(TestDatabase db) throws Exception {
		String awkward = "say \"hi\" `now`";
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> {
				op.createTable("user", column("id", integer()).primaryKey(), column("order", integer()),
						column("MixedCase", string(10)), column(awkward, string(10)));
				op.createTable("order", column("id", integer()).primaryKey(), column("user", integer()),
						foreignKey("fk_order_user", "user").references("user", "id"));
				op.createTable("MixedCase", column("select", integer()));
				op.createIndex("ix_user_MixedCase", "user", "MixedCase", awkward);
				op.bulkInsert("user", List.of(Map.of("id", 1, "order", 2, "MixedCase", "m", awkward, "a")));
			});

			assertThat(schema.tableExists("user")).isTrue();
			assertThat(schema.tableExists("order")).isTrue();
			assertThat(schema.tableExists("MixedCase")).isTrue();
			assertThat(schema.columns("user")).containsKeys("order",
					"MixedCase", awkward);
			assertThat(schema.indexes("user")).containsKey("ix_user_MixedCase");
			assertThat(schema.queryForList("select " + schema.sqlName(awkward) + " from " + schema.sqlName("user")))
				.containsExactly("a");

			schema.apply((op) -> {
				op.dropIndex("ix_user_MixedCase", "user");
				op.dropTable("MixedCase");
				op.dropTable("order");
				op.dropTable("user");
			});
			assertThat(schema.tableExists("user")).isFalse();
			assertThat(schema.tableExists("order")).isFalse();
			assertThat(schema.tableExists("MixedCase")).isFalse();
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void createsAndDropsIndexesConcurrentlyInAutoCommit(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("event", column("id", integer()), column("at", timestamp())));

			schema.apply((op) -> op.createIndex("ix_event_at", "event", List.of("at"), (ix) -> ix.concurrently()));
			assertThat(schema.indexes("event")).containsKey("ix_event_at");

			schema.apply((op) -> op.dropIndex("ix_event_at", "event", (ix) -> ix.concurrently()));
			assertThat(schema.indexes("event")).doesNotContainKey("ix_event_at");
		}
	}

	@DatabaseTest({ DatabaseKind.MARIADB })
	void keepsAutoIncrementWhenMariaDbRestatesAColumn(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("ticket", column("id", bigint()).identity().primaryKey(),
					column("title", string(10))));

			schema.apply((op) -> op.setColumnComment("ticket", "id", "Generated"));
			schema.apply((op) -> op.bulkInsert("ticket", List.of(Map.of("title", "a"), Map.of("title", "b"))));

			assertThat(schema.column("ticket", "id").orElseThrow().comment()).isEqualTo("Generated");
			assertThat(schema.queryForList("select id from ticket order by id")).containsExactly(1L, 2L);
		}
	}

	/** Autogenerate reads a {@code serial} column as an identity: losing it drops its default instead. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void dropsTheIdentityOfASerialColumn(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.update("create table legacy (id bigserial primary key, title varchar(10))");
			schema.update("insert into legacy (title) values ('a')");

			schema.apply((op) -> op.alterColumn("legacy", "id", (c) -> c.identity(false)));
			assertThat(schema.column("legacy", "id").orElseThrow().defaultValue()).isNull();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into legacy (title) values ('b')"));
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void replacesTheCheckOfAnEnumWhenItsValuesChange(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("task", column("state", enumOf("OPEN", "DONE"))));

			schema.apply((op) -> op.alterColumn("task", "state",
					(c) -> c.type(enumOf("OPEN", "DONE", "LATER")).existingType(enumOf("OPEN", "DONE"))));
			schema.update("insert into task (state) values ('LATER')");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into task (state) values ('NEVER')"));

			schema.update("delete from task");
			schema.apply((op) -> op.alterColumn("task", "state",
					(c) -> c.type(enumOf("OPEN", "DONE")).existingType(enumOf("OPEN", "DONE", "LATER"))));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into task (state) values ('LATER')"));
		}
	}

	@DatabaseTest
	void altersAColumnToAndFromAnEnumOverRows(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("task", column("id", integer()).primaryKey(),
					column("state", enumOf("OPEN", "DONE"))));
			schema.update("insert into task (id, state) values (1, 'DONE')");

			schema.apply((op) -> op.alterColumn("task", "state",
					(c) -> c.type(enumOf("OPEN", "DONE", "LATER")).existingType(enumOf("OPEN", "DONE"))));
			schema.update("insert into task (id, state) values (2, 'LATER')");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into task (id, state) values (3, 'NEVER')"));

			schema.apply((op) -> op.alterColumn("task", "state",
					(c) -> c.type(string(20)).existingType(enumOf("OPEN", "DONE", "LATER"))));
			schema.update("insert into task (id, state) values (3, 'NEVER')");
			schema.update("delete from task where id > 1");

			schema.apply((op) -> op.alterColumn("task", "state",
					(c) -> c.type(enumOf("OPEN", "DONE")).existingType(string(20))));
			assertThat(schema.queryForList("select state from task")).map(String::valueOf).containsExactly("DONE");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into task (id, state) values (2, 'LATER')"));
		}
	}

	/**
	 * A check written with its column, as Hibernate writes an ordinal enum's, stays when the
	 * column is altered, and goes when dropped by its name: on MariaDB it is part of the column's
	 * definition, which {@code MODIFY COLUMN} restates.
	 */
	@DatabaseTest
	void keepsAndDropsAChecksWrittenWithItsColumn(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.update("create table ticket (id integer not null, priority smallint check (priority between 0 and 2),"
					+ " primary key (id))");
			schema.apply((op) -> op.alterColumn("ticket", "priority", (c) -> c.nullable(false)
				.existingType(smallint()).existingServerDefault(ServerDefault.none()).existingComment("")));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> schema.update("insert into ticket (id, priority) values (1, 3)"));

			String name = DatabasePlatforms.of(schema.connection()).schemaReader()
				.read(schema.connection(), db.schema()).table("ticket").orElseThrow().checks().get(0).name();
			schema.apply((op) -> op.dropConstraint("ticket", name, ConstraintKind.CHECK));
			schema.update("insert into ticket (id, priority) values (1, 3)");
			assertThat(schema.queryForList("select priority from ticket")).map(String::valueOf).containsExactly("3");
		}
	}

	/**
	 * The check of an enum column is named by PostgreSQL when the column is created: after its
	 * table or column was renamed, or for names past 63 bytes, that name is not
	 * {@code <table>_<column>_check}, and the check is found by what it checks, online and in an
	 * offline script alike.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void replacesTheCheckOfAnEnumWhoseNameIsNotTheAssumedOne(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> {
				op.createTable("legacy_task", column("legacy_state", enumOf("OPEN", "DONE")));
				op.renameTable("legacy_task", "task");
				op.renameColumn("task", "legacy_state", "state");
				op.createTable("escalation_policy_assignment_history",
						column("escalation_severity_classification", enumOf("OPEN", "DONE")));
			});
			for (RenderContext context : List.of(RenderContext.online(schema.connection(), null),
					RenderContext.offline())) {
				for (String table : List.of("task", "escalation_policy_assignment_history")) {
					String column = table.equals("task") ? "state" : "escalation_severity_classification";
					render(schema, context, (op) -> op.alterColumn(table, column,
							(c) -> c.type(enumOf("OPEN", "DONE", "LATER")).existingType(enumOf("OPEN", "DONE"))));
					schema.update("insert into " + table + " (" + column + ") values ('LATER')");
					schema.update("delete from " + table);
					render(schema, context, (op) -> op.alterColumn(table, column,
							(c) -> c.type(enumOf("OPEN", "DONE")).existingType(enumOf("OPEN", "DONE", "LATER"))));
					assertThatExceptionOfType(SQLException.class).as(table + ", " + context)
						.isThrownBy(() -> schema.update("insert into " + table + " (" + column + ") values ('LATER')"));
				}
			}
		}
	}

	/** An enum column whose check is gone: nothing is dropped silently, online or offline. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void failsWhenTheCheckOfAnEnumIsNotThere(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("task", column("state", string(255))));
			for (RenderContext context : List.of(RenderContext.online(schema.connection(), null),
					RenderContext.offline())) {
				assertThatExceptionOfType(Exception.class).as(context.toString())
					.isThrownBy(() -> render(schema, context, (op) -> op.alterColumn("task", "state",
							(c) -> c.type(enumOf("OPEN", "DONE", "LATER")).existingType(enumOf("OPEN", "DONE")))))
					.withMessageContaining("task.state");
			}
		}
	}

	/**
	 * Type changes of kind, over a row whose values convert: PostgreSQL converts strings to
	 * other types only when told how ({@code USING}); H2 and MariaDB convert them by themselves,
	 * except that H2 makes a text one JSON string unless told the text is JSON.
	 */
	@DatabaseTest
	void changesTheKindOfAColumnsTypeOverRows(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("reading", column("id", integer()).primaryKey(),
					column("token", string(36)), column("amount", string(10)), column("flag", string(5)),
					column("payload", text())));
			schema.update("insert into reading (id, token, amount, flag, payload) values"
					+ " (1, '8f1c0c7e-4a57-4a0e-9d55-3f2b6a0c9e11', '42', 'true', '{\"a\": 1}')");

			schema.apply((op) -> {
				op.alterColumn("reading", "token", (c) -> c.type(uuid()).existingType(string(36)));
				op.alterColumn("reading", "amount", (c) -> c.type(integer()).existingType(string(10)));
				op.alterColumn("reading", "flag", (c) -> c.type(bool()).existingType(string(5)));
				op.alterColumn("reading", "payload", (c) -> c.type(json()).existingType(text()));
			});

			assertThat(String.valueOf(schema.queryForList("select token from reading").get(0)))
				.isEqualTo("8f1c0c7e-4a57-4a0e-9d55-3f2b6a0c9e11");
			assertThat(schema.queryForList("select amount from reading")).map(String::valueOf).containsExactly("42");
			assertThat(schema.queryForList("select flag from reading"))
				.map((value) -> (value instanceof Number number) ? number.intValue() != 0 : value)
				.containsExactly(true);
			assertThat(jsonText(schema, "select payload from reading")).isEqualTo("{\"a\":1}");

			schema.apply((op) -> {
				op.alterColumn("reading", "token", (c) -> c.type(string(36)).existingType(uuid()));
				op.alterColumn("reading", "amount", (c) -> c.type(string(10)).existingType(integer()));
				op.alterColumn("reading", "flag", (c) -> c.type(string(5)).existingType(bool()));
				op.alterColumn("reading", "payload", (c) -> c.type(text()).existingType(json()));
			});
			assertThat(schema.queryForList("select token, amount, flag from reading").size()).isEqualTo(1);
			assertThat(schema.queryForList("select token from reading"))
				.containsExactly("8f1c0c7e-4a57-4a0e-9d55-3f2b6a0c9e11");
			assertThat(schema.queryForList("select amount from reading")).containsExactly("42");
			// Each database writes a boolean as text its own way
			assertThat(schema.queryForList("select flag from reading")).map(String::valueOf)
				.containsExactly(switch (db.kind()) {
					case MARIADB -> "1";
					case H2 -> "TRUE";
					case POSTGRESQL -> "true";
				});
			assertThat(jsonText(schema, "select payload from reading")).isEqualTo("{\"a\":1}");
		}
	}

	/** The one value the query selects as text without blanks: a JSON string would be quoted. */
	private static String jsonText(LiveSchema schema, String query) throws SQLException {
		Object value = schema.queryForList(query).get(0);
		String text = (value instanceof java.sql.Clob clob) ? clob.getSubString(1, (int) clob.length())
				: (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
		return text.replace(" ", "");
	}

	/** Renders the operations in the given context and runs their steps. */
	private static void render(LiveSchema schema, RenderContext context,
			java.util.function.Consumer<dev.retort.Operations> body) throws SQLException {
		for (dev.retort.operations.Operation operation : dev.retort.operations.OperationRecorder.record(body)) {
			for (RenderedStep step : schema.renderer().render(operation, context)) {
				schema.execute(step);
			}
		}
	}

	@DatabaseTest
	void createsTablesInANamedSchema(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> {
				op.inSchema(db.schema()).createTable("tag", column("id", integer()).primaryKey());
				op.inSchema(db.schema()).createTable("post_tag", column("post_id", integer()), column("tag_id", integer()),
						foreignKey("fk_post_tag_tag", "tag_id").references("tag", "id"));
				op.inSchema(db.schema()).createIndex("ix_post_tag", "post_tag", "post_id");
			});
			assertThat(schema.tableExists("tag")).isTrue();
			assertThat(schema.indexes("post_tag")).containsKey(schema.stored("ix_post_tag"));
			assertThat(schema.constraints("post_tag", "FOREIGN KEY")).containsExactly(schema.stored("fk_post_tag_tag"));

			schema.apply((op) -> {
				op.inSchema(db.schema()).dropIndex("ix_post_tag", "post_tag");
				op.inSchema(db.schema()).dropTable("post_tag");
				op.inSchema(db.schema()).dropTable("tag");
			});
			assertThat(schema.tableExists("tag")).isFalse();
		}
	}

}
