package dev.retort.operations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dev.retort.Operations;
import dev.retort.ddl.DatabaseFamily;

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

/**
 * A fixed set of revisions whose checksums {@link ChecksumsTest} pins: every operation, every
 * column type, constraint and default, every option set and every option left out, and values
 * chosen to break a careless text form (quotes, backslashes, control characters, non-ASCII text,
 * {@code null}s, numbers of every Java type). Never change an entry: add one. A changed entry
 * changes its pinned checksum, which is the point of the test.
 */
final class ChecksumCorpus {

	/** Text that a careless canonical form would confuse with its own syntax. */
	static final String HOSTILE = "a \"quoted\" \\ back\\slash, {braces} [brackets] = ; -- 'single'\n\r\t"
			+ "\u0000\u0001\u001f\u007f\u0085 ü ß € 日本 😀 \u00e9 e\u0301";

	private ChecksumCorpus() {
	}

	/** The revisions by name, in a fixed order; each is the body of a revision's upgrade. */
	static Map<String, Consumer<Operations>> revisions() {
		Map<String, Consumer<Operations>> revisions = new LinkedHashMap<>();
		revisions.put("nothing", (op) -> {
		});
		revisions.put("every column type and option", ChecksumCorpus::everyColumnTypeAndOption);
		revisions.put("every constraint", ChecksumCorpus::everyConstraint);
		revisions.put("tables", (op) -> {
			op.dropTable("old");
			op.inSchema("archive").dropTable("old");
			op.renameTable("item", "article");
			op.inSchema("app").renameTable(HOSTILE, HOSTILE + "2");
			op.setTableComment("item", HOSTILE);
			op.setTableComment("item", "");
			op.dropTableComment("item");
		});
		revisions.put("columns", (op) -> {
			op.addColumn("item", column("price", decimal(12, 2)));
			op.inSchema("app").addColumn("item", column(HOSTILE, text()).notNull().comment(HOSTILE)
				.serverDefaultText(HOSTILE));
			op.dropColumn("item", "price");
			op.inSchema("app").dropColumn("item", HOSTILE);
		});
		revisions.put("alter column, every option", (op) -> op.inSchema("app").alterColumn("item", "code",
				(c) -> c.rename("item_code")
					.type(integer())
					.nullable(false)
					.serverDefault("0")
					.comment(HOSTILE)
					.identity(true)
					.using("code::integer")
					.existingType(string(32))
					.existingNullable(true)
					.existingServerDefault(ServerDefault.text("none"))
					.existingComment("")
					.existingIdentity(false)));
		revisions.put("alter column, drops and single options", (op) -> {
			op.alterColumn("item", "code", (c) -> c.dropServerDefault().existingServerDefault(ServerDefault.none()));
			op.alterColumn("item", "code", (c) -> c.dropComment());
			op.alterColumn("item", "code", (c) -> c.identity(false).existingIdentity(true));
			op.alterColumn("item", "code", (c) -> c.nullable(true).existingNullable(false));
			op.alterColumn("item", "code", (c) -> c.serverDefault(ServerDefault.number(new BigDecimal("1.50"))));
			op.alterColumn("item", "code", (c) -> c.serverDefault(ServerDefault.bool(false)));
			op.renameColumn("item", "code", "code2");
			op.setColumnComment("item", "code2", "");
			op.alterColumn("item", "code", (c) -> c);
		});
		revisions.put("indexes", (op) -> {
			op.createIndex("ix_item_title", "item", "title");
			op.createUniqueIndex("ux_item_code", "item", "code", "owner_id");
			op.inSchema("app").createIndex("ix_item_owner", "item", List.of("owner_id", HOSTILE),
					(index) -> index.unique().concurrently());
			op.createIndex("ix_item_created", "item", List.of("created_at"), Operation.CreateIndex::concurrently);
			op.dropIndex("ix_item_title", "item");
			op.inSchema("app").dropIndex("ix_item_owner", "item", Operation.DropIndex::concurrently);
		});
		revisions.put("constraints added and dropped", (op) -> {
			op.addConstraint("item", primaryKey(null, "id"));
			op.addConstraint("item", primaryKey("pk_item", "id", "version"));
			op.addConstraint("item", unique("uq_item_code", "code"));
			op.inSchema("app").addConstraint("item", foreignKey("fk_item_owner", "owner_id", "tenant")
				.references(ObjectName.of("auth", "user"), "id", "tenant")
				.onDelete(ReferentialAction.SET_NULL)
				.onUpdate(ReferentialAction.NO_ACTION));
			op.addConstraint("item", check("ck_item_price", HOSTILE));
			op.dropConstraint("item", null, ConstraintKind.PRIMARY_KEY);
			op.dropConstraint("item", "pk_item", ConstraintKind.PRIMARY_KEY);
			op.dropConstraint("item", "uq_item_code", ConstraintKind.UNIQUE);
			op.inSchema("app").dropConstraint("item", "fk_item_owner", ConstraintKind.FOREIGN_KEY);
			op.dropConstraint("item", HOSTILE, ConstraintKind.CHECK);
		});
		revisions.put("sequences", (op) -> {
			op.createSequence("seq_default");
			op.inSchema("app").createSequence("seq_down", Long.MAX_VALUE, -1);
			op.createSequence("seq_min", Long.MIN_VALUE, 50);
			op.dropSequence("seq_default");
			op.inSchema("app").dropSequence("seq_down");
		});
		revisions.put("rows", ChecksumCorpus::rows);
		revisions.put("sql", (op) -> {
			op.sql("update item set title = 'x' where id = 1");
			op.sql("  update item\n\tset title = 'x'  where id = 1 ;; \n");
			op.sql("insert into note (body) values ('" + HOSTILE.replace("'", "''") + "')");
			op.sql("create function f() returns int as $$ select 1; $$ language sql;");
		});
		revisions.put("callbacks", (op) -> {
			op.withConnection("Backfill emails", (connection) -> {
			});
			op.withConnection(HOSTILE, (connection) -> {
			});
			op.withConnection((connection) -> {
			});
			op.withDataSource("Backfill names", (dataSource) -> {
			});
			op.withDataSource((dataSource) -> {
			});
		});
		// The sample application's revisions: the README quotes the second one's checksum
		revisions.put("sample 6815160da2bb", (op) -> {
			op.createTable("user", column("id", uuid()).primaryKey(), column("email", string(255)).notNull(),
					column("full_name", string(255)), column("hashed_password", string(255)).notNull(),
					column("is_superuser", bool()).notNull(), unique("ix_user_email", "email"));
			op.createTable("item", column("id", uuid()).primaryKey(), column("description", string(255)),
					column("title", string(255)).notNull(), column("owner_id", uuid()).notNull(),
					foreignKey("fk_item_owner_id", "owner_id").references("user", "id")
						.onDelete(ReferentialAction.CASCADE));
		});
		revisions.put("sample 419b366a45aa", (op) -> {
			op.addColumn("user", column("is_active", bool()).notNull().serverDefault(true));
			op.alterColumn("user", "is_active", (c) -> c.dropServerDefault()
				.existingType(bool())
				.existingNullable(false)
				.existingServerDefault(ServerDefault.bool(true))
				.existingComment(""));
		});
		return Collections.unmodifiableMap(revisions);
	}

	/**
	 * Revisions that version 1 of the canonical form could not write faithfully: it failed on
	 * numbers without a decimal form, wrote each unpaired surrogate as "?" and each array but
	 * bytes as its identity. No database holds a version 1 checksum of these.
	 */
	static Map<String, Consumer<Operations>> beyondVersion1() {
		Map<String, Consumer<Operations>> revisions = new LinkedHashMap<>();
		revisions.put("rows of numbers without a decimal form", (op) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("nan", Double.NaN);
			row.put("up", Double.POSITIVE_INFINITY);
			row.put("down", Float.NEGATIVE_INFINITY);
			op.bulkInsert("measurement", List.of(row));
		});
		revisions.put("unpaired surrogates", (op) -> {
			op.sql("select '\ud800' || '\udfff' || 'x\ud83d'");
			op.bulkInsert("note", List.of(Map.of("high", "\ud800", "low", "\udc00", "pair", "\ud83d\ude00")));
		});
		revisions.put("rows of arrays", (op) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("ints", new int[] { 1, -2 });
			row.put("longs", new long[] { Long.MAX_VALUE });
			row.put("doubles", new double[] { 0.5 });
			row.put("strings", new String[] { "a", null, HOSTILE });
			row.put("numbers", new Integer[] { 1, 2 });
			op.bulkInsert("arrays", List.of(row));
		});
		return Collections.unmodifiableMap(revisions);
	}

	private static void everyColumnTypeAndOption(Operations op) {
		op.inSchema("app").createTable("every \"type\"",
				column("id", bigint()).primaryKey().identity().comment("Key"),
				column("c_varchar", string(255)).notNull().serverDefaultText(HOSTILE),
				column("c_text", text()).comment(HOSTILE),
				column("c_bool", bool()).notNull().serverDefault(true),
				column("c_bool_false", bool()).serverDefault(false),
				column("c_smallint", smallint()).serverDefault(-32768),
				column("c_int", integer()).serverDefault(Long.MAX_VALUE),
				column("c_decimal", decimal(12, 2)).serverDefault(ServerDefault.number(new BigDecimal("10.500"))),
				column("c_decimal_int", decimal(38, 0)).serverDefault(ServerDefault.number(new BigInteger("1" + "0".repeat(30)))),
				column("c_real", real()).serverDefault(ServerDefault.number(0.1f)),
				column("c_double", doublePrecision()).serverDefault(ServerDefault.number(-1.5e-10)),
				column("c_date", date()).serverDefault("current_date"),
				column("c_time", time()),
				column("c_time_ms", time(3)),
				column("c_timestamp", timestamp()).notNull().serverDefault("current_timestamp"),
				column("c_timestamp_0", timestamp(0)),
				column("c_timestamptz", timestampWithTimeZone()),
				column("c_timestamptz_9", timestampWithTimeZone(9)),
				column("c_uuid", uuid()),
				column("c_binary", binary(16)),
				column("c_varbinary", varbinary(64)),
				column("c_blob", blob()),
				column("c_json", json()).serverDefault("'{}'"),
				column("c_enum", enumOf("ACTIVE", "B \"c\"", "ü", "")).serverDefaultText("ACTIVE"),
				column("c_enum_class", enumOf(ReferentialAction.class)),
				column("c_raw", raw("citext")),
				column("c_raw_per_family", raw("text").on(DatabaseFamily.MARIADB, "mediumtext")
					.on(DatabaseFamily.POSTGRESQL, "citext")
					.on(DatabaseFamily.H2, HOSTILE)
					.on(DatabaseFamily.OTHER, "clob")),
				column("c_nullable_explicit", integer()).notNull().nullable(true),
				column("c_default_none", integer()).serverDefault(ServerDefault.none()),
				column(HOSTILE, string(1)).comment(""));
	}

	private static void everyConstraint(Operations op) {
		op.createTable("item", column("id", uuid()), column("version", integer()),
				column("code", string(32)).notNull(), column("owner_id", uuid()), column("tenant", integer()),
				column("price", decimal(10, 2)), primaryKey("pk_item", "id", "version"),
				unique("uq_item_code", "code"), unique(null, "tenant", "code"),
				foreignKey("fk_item_owner", "owner_id").references("user", "id"),
				foreignKey("fk_item_tenant", "tenant").references(ObjectName.of("auth", "tenant"), "id")
					.onDelete(ReferentialAction.CASCADE)
					.onUpdate(ReferentialAction.RESTRICT),
				foreignKey(null, "owner_id", "tenant").references("member", "user_id", "tenant_id")
					.onDelete(ReferentialAction.SET_DEFAULT)
					.onUpdate(ReferentialAction.SET_NULL),
				check("ck_item_price", "price >= 0"), check(null, HOSTILE));
		op.createTable("keyless", column("a", integer()), primaryKey(null, "a"));
	}

	private static void rows(Operations op) {
		Map<String, Object> scalars = new LinkedHashMap<>();
		scalars.put("c_null", null);
		scalars.put("c_string", HOSTILE);
		scalars.put("c_empty", "");
		scalars.put("c_string_null", "null");
		scalars.put("c_int", 42);
		scalars.put("c_long", Long.MIN_VALUE);
		scalars.put("c_short", (short) -7);
		scalars.put("c_byte", (byte) 127);
		scalars.put("c_big_decimal", new BigDecimal("1.50"));
		scalars.put("c_big_decimal_exp", new BigDecimal("1E+3"));
		scalars.put("c_big_integer", new BigInteger("123456789012345678901234567890"));
		scalars.put("c_double", 0.1);
		scalars.put("c_double_whole", 2.0);
		scalars.put("c_float", 1.25f);
		scalars.put("c_true", true);
		scalars.put("c_false", false);
		scalars.put("c_uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
		scalars.put("c_date", LocalDate.of(2024, 2, 29));
		scalars.put("c_time", LocalTime.of(23, 59, 59, 999_999_000));
		scalars.put("c_date_time", LocalDateTime.of(2024, 2, 29, 12, 0));
		scalars.put("c_offset", OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.ofHours(-5)));
		scalars.put("c_instant", Instant.parse("2024-02-29T12:00:00.123456Z"));
		scalars.put("c_bytes", new byte[] { 0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff });
		scalars.put("c_empty_bytes", new byte[0]);
		scalars.put("c_enum", ReferentialAction.SET_NULL);
		scalars.put("c_char", 'x');
		scalars.put("c_list", Arrays.asList("a", null, 1, List.of()));
		scalars.put(HOSTILE, HOSTILE);
		scalars.put("", "empty key");

		Map<String, Object> reordered = new LinkedHashMap<>();
		reordered.put("b", 2L);
		reordered.put("a", 1);
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			many.add(Map.of("id", i, "name", "row " + i));
		}
		op.bulkInsert("everything", List.of(scalars, reordered));
		op.inSchema("app").bulkInsert("many", many);
		op.bulkInsert("nothing", List.of());
	}

}
