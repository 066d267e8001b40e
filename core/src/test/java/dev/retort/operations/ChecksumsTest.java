package dev.retort.operations;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.retort.Operations;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.types.ColumnType;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.Constraints.foreignKey;
import static dev.retort.operations.types.Types.bool;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checksums see every change to what a revision does and nothing else.
 */
class ChecksumsTest {

	private static final Consumer<Operations> USER_TABLE = (op) -> {
		op.createTable("user", column("id", uuid()).primaryKey(), column("email", string(255)).notNull(),
				column("is_active", bool()).notNull().serverDefault(true));
		op.createUniqueIndex("ix_user_email", "user", "email");
	};

	@Test
	void isStableAcrossRecordingsAndPinned() {
		String checksum = Checksums.of(USER_TABLE);

		assertThat(Checksums.of(USER_TABLE)).isEqualTo(checksum).hasSize(2 + Checksums.DIGITS);
		// Pinned, as the whole corpus below is: a change here would make every database report
		// its applied revisions as changed
		assertThat(checksum).isEqualTo("2:1762c9aa4b68ceaf");
		// What Retort recorded before canonical forms had versions still verifies
		assertThat(new Checksums().matches("995ba4f8818a87dc", OperationRecorder.record(USER_TABLE))).isTrue();
	}

	@Test
	void changesWithAnyChangeToAnOperation() {
		String original = Checksums.of(USER_TABLE);
		List<Consumer<Operations>> variants = List.of(
				(op) -> op.createTable("user", column("id", uuid()).primaryKey(), column("email", string(320)).notNull(),
						column("is_active", bool()).notNull().serverDefault(true)),
				(op) -> op.createTable("user", column("id", uuid()).primaryKey(), column("email", string(255)),
						column("is_active", bool()).notNull().serverDefault(true)),
				(op) -> op.createTable("user", column("id", uuid()).primaryKey(), column("email", string(255)).notNull(),
						column("is_active", bool()).notNull().serverDefault(false)),
				(op) -> op.createTable("user", column("id", uuid()).primaryKey(), column("email", string(255)).notNull(),
						column("is_active", bool()).notNull().serverDefault("true")),
				(op) -> op.createTable("users", column("id", uuid()).primaryKey(), column("email", string(255)).notNull(),
						column("is_active", bool()).notNull().serverDefault(true)),
				(op) -> op.inSchema("app").createTable("user", column("id", uuid()).primaryKey(),
						column("email", string(255)).notNull(), column("is_active", bool()).notNull().serverDefault(true)));

		for (Consumer<Operations> variant : variants) {
			Consumer<Operations> changed = variant.andThen((op) -> op.createUniqueIndex("ix_user_email", "user", "email"));
			assertThat(Checksums.of(changed)).isNotEqualTo(original);
		}
		assertThat(Checksums.of((op) -> {
			USER_TABLE.accept(op);
			op.sql("select 1");
		})).isNotEqualTo(original);
		assertThat(Checksums.of((op) -> op.createUniqueIndex("ix_user_email", "user", "email")))
			.isNotEqualTo(original);
	}

	@Test
	void changesWhenOperationsAreReordered() {
		Consumer<Operations> first = (op) -> {
			op.dropColumn("a", "x");
			op.dropColumn("b", "x");
		};
		Consumer<Operations> second = (op) -> {
			op.dropColumn("b", "x");
			op.dropColumn("a", "x");
		};

		assertThat(Checksums.of(first)).isNotEqualTo(Checksums.of(second));
	}

	@Test
	void ignoresWhitespaceAndTrailingSemicolonsOfRawSql() {
		String checksum = Checksums.of((op) -> op.sql("update t set x = 1 where y = 2"));

		assertThat(Checksums.of((op) -> op.sql("  update t\n\tset x = 1\n  where   y = 2;;\n"))).isEqualTo(checksum);
		assertThat(Checksums.of((op) -> op.sql("update t set x = 2 where y = 2"))).isNotEqualTo(checksum);
	}

	@Test
	void seesTheDescriptionOfCallbacksOnly() {
		String checksum = Checksums.of((op) -> op.withConnection("Backfill emails", (connection) -> {
		}));

		assertThat(Checksums.of((op) -> op.withConnection("Backfill emails",
				(connection) -> connection.createStatement().execute("select 1")))).isEqualTo(checksum);
		assertThat(Checksums.of((op) -> op.withConnection("Backfill emails twice", (connection) -> {
		}))).isNotEqualTo(checksum);
		assertThat(Checksums.of((op) -> op.withDataSource("Backfill emails", (dataSource) -> {
		}))).isEqualTo(checksum);
	}

	@Test
	void describesNamedCallbackClassesByName() {
		List<Operation> operations = OperationRecorder.record((op) -> op.withConnection(new Backfill()));

		assertThat(((Operation.RunJdbc) operations.get(0)).description()).isEqualTo(Backfill.class.getName());
		assertThat(((Operation.RunJdbc) OperationRecorder.record((op) -> op.withConnection((connection) -> {
		})).get(0)).description()).isEqualTo("JDBC callback");
	}

	@Test
	void readsInsertedRowsIndependentlyOfKeyOrderAndNumberType() {
		Map<String, Object> forward = new LinkedHashMap<>();
		forward.put("id", 1);
		forward.put("day", LocalDate.of(2024, 1, 2));
		Map<String, Object> backward = new LinkedHashMap<>();
		backward.put("day", LocalDate.of(2024, 1, 2));
		backward.put("id", 1L);

		assertThat(Checksums.of((op) -> op.bulkInsert("t", List.of(forward))))
			.isEqualTo(Checksums.of((op) -> op.bulkInsert("t", List.of(backward))));
		assertThat(Checksums.of((op) -> op.bulkInsert("t", List.of(Map.of("id", 2)))))
			.isNotEqualTo(Checksums.of((op) -> op.bulkInsert("t", List.of(Map.of("id", 1)))));
	}

	@Test
	void distinguishesRandomlyChangedNames() {
		Random random = new Random(20240229L);
		for (int i = 0; i < 200; i++) {
			String table = "t" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
			String column = "c" + UUID.nameUUIDFromBytes(table.getBytes()).toString().substring(0, 8);
			String checksum = Checksums.of((op) -> op.addConstraint(table,
					foreignKey("fk_" + column, column).references("other", "id")));
			assertThat(checksum).isNotEqualTo(Checksums.of((op) -> op.addConstraint(table,
					foreignKey("fk_" + column, column).references("other", "id2"))));
			assertThat(checksum).isEqualTo(Checksums.of((op) -> op.addConstraint(table,
					foreignKey("fk_" + column, column).references("other", "id"))));
		}
	}

	@Test
	void writesTheCanonicalFormFieldByFieldWithoutOptionsNotUsed() {
		List<Operation> operations = OperationRecorder.record((op) -> op.addColumn("user",
				column("email", string(255)).notNull().comment("Login \"name\"")));

		assertThat(CanonicalForm.of(operations))
			.isEqualTo("add_column{table=object{name=\"user\"}, column=column{name=\"email\","
					+ " type=varchar{length=255}, not_null=true, comment=\"Login \\\"name\\\"\"}}\n");
		// Version 1, as reflection wrote it: the records' Java names, and every field not null
		assertThat(CanonicalFormV1.of(operations))
			.isEqualTo("Operation.AddColumn{table=ObjectName{name=\"user\"}, column=ColumnDef{name=\"email\","
					+ " type=ColumnType.VarChar{length=255}, nullable=false, isPrimaryKey=false, isIdentity=false,"
					+ " comment=\"Login \\\"name\\\"\"}}\n");
	}

	@Test
	void seesAnIdentityChangeAndLeavesColumnChangesWithoutOneAsTheyWere() {
		Consumer<Operations> comment = (op) -> op.alterColumn("ticket", "id", (c) -> c.comment("Key"));
		Consumer<Operations> gains = (op) -> op.alterColumn("ticket", "id", (c) -> c.identity(true));
		Consumer<Operations> loses = (op) -> op.alterColumn("ticket", "id", (c) -> c.identity(false));

		assertThat(List.of(Checksums.of(comment), Checksums.of(gains), Checksums.of(loses))).doesNotHaveDuplicates();
		assertThat(Checksums.of((op) -> op.alterColumn("ticket", "id", (c) -> c.comment("Key").existingIdentity(true))))
			.isNotEqualTo(Checksums.of(comment));
		assertThat(CanonicalForm.of(OperationRecorder.record(gains)))
			.isEqualTo("alter_column{table=object{name=\"ticket\"}, column=\"id\", identity=true}\n");
		// Fields that are left out do not show, so revisions written before identity keep their checksums
		assertThat(CanonicalForm.of(OperationRecorder.record(comment)))
			.isEqualTo("alter_column{table=object{name=\"ticket\"}, column=\"id\", comment=\"Key\"}\n");
	}

	/**
	 * The golden test: the checksum of every revision of the corpus, pinned. A failure here means
	 * the canonical form changed, and every database would report the revisions it applied as
	 * changed. Put it back; a new form needs a new version (see {@link Checksums}).
	 */
	@Test
	void pinsTheChecksumOfEveryRevisionOfTheCorpus() {
		Map<String, String> pinned = new LinkedHashMap<>();
		pinned.put("nothing", "2:e3b0c44298fc1c14");
		pinned.put("every column type and option", "2:aa286690033ed1ce");
		pinned.put("every constraint", "2:5f52051ff9047190");
		pinned.put("tables", "2:35f1f12ce0d03220");
		pinned.put("columns", "2:fe3b46da35adc23f");
		pinned.put("alter column, every option", "2:76224bb813edf492");
		pinned.put("alter column, drops and single options", "2:3c44a69d65c3763b");
		pinned.put("indexes", "2:457baa47e1fa3da8");
		pinned.put("constraints added and dropped", "2:5bc058fd351d3c2c");
		pinned.put("sequences", "2:911779504008abf7");
		pinned.put("rows", "2:9005e53273267128");
		pinned.put("sql", "2:022ffce3e392ef2f");
		pinned.put("callbacks", "2:95e733e4179dfe99");
		pinned.put("sample 6815160da2bb", "2:ceb77136e62ebc2e");
		pinned.put("sample 419b366a45aa", "2:96126d4338da3591");
		pinned.put("rows of numbers without a decimal form", "2:3bc7ce2d9e24edae");
		pinned.put("unpaired surrogates", "2:68848b178c1ee4d0");
		pinned.put("rows of arrays", "2:30b5e7b9d319b75c");

		Map<String, String> computed = new LinkedHashMap<>();
		Checksums checksums = new Checksums();
		corpus().forEach((name, body) -> computed.put(name, checksums.checksum(OperationRecorder.record(body))));
		assertThat(computed).containsExactlyEntriesOf(pinned);
		pinned.forEach((name, checksum) -> assertThat(checksums.matches(checksum, corpus().get(name))).as(name)
			.isTrue());
	}

	/**
	 * The checksums that Retort computed before canonical forms had versions, by reading the
	 * records' names by reflection, pinned as it computed them: databases hold them, and each
	 * must still verify, and verify nothing else.
	 */
	@Test
	void verifiesTheChecksumsRecordedBeforeFormsHadVersions() {
		Map<String, String> recorded = new LinkedHashMap<>();
		recorded.put("nothing", "e3b0c44298fc1c14");
		recorded.put("every column type and option", "ab02e3abf0ab7100");
		recorded.put("every constraint", "c9270a00f7f9669f");
		recorded.put("tables", "8c2264e840fc5a44");
		recorded.put("columns", "ce319e3fc6fbee76");
		recorded.put("alter column, every option", "236ff652d62aa663");
		recorded.put("alter column, drops and single options", "5a8d9e7fac23d58a");
		recorded.put("indexes", "92de7cc03ea739bd");
		recorded.put("constraints added and dropped", "3f888bf7a78cb3e8");
		recorded.put("sequences", "437fd90defe201b5");
		recorded.put("rows", "ab8b69e4b77662e0");
		recorded.put("sql", "7a7253b6a727b9f1");
		recorded.put("callbacks", "ff24080cad327f4b");
		recorded.put("sample 6815160da2bb", "76571dddb46ded70");
		recorded.put("sample 419b366a45aa", "1035239756079b5b");

		assertThat(recorded.keySet()).containsExactlyElementsOf(ChecksumCorpus.revisions().keySet());
		Checksums checksums = new Checksums();
		for (Map.Entry<String, String> entry : recorded.entrySet()) {
			assertThat(Checksums.versionOf(entry.getValue())).isEqualTo(1);
			corpus().forEach((name, body) -> assertThat(checksums.matches(entry.getValue(), body))
				.as("%s recorded, %s now", entry.getKey(), name)
				.isEqualTo(name.equals(entry.getKey())));
		}
	}

	@Test
	void recognisesTheVersionOfARecordedChecksum() {
		String current = Checksums.of(USER_TABLE);
		String digits = current.substring(2);

		assertThat(current).startsWith(CanonicalForm.VERSION + ":");
		assertThat(Checksums.versionOf(current)).isEqualTo(CanonicalForm.VERSION);
		assertThat(Checksums.versionOf(digits)).isEqualTo(1);
		assertThat(Checksums.versionOf("7:" + digits)).isEqualTo(7);
		assertThat(List.of("spoilt", "", ":", "1:" + digits, "02:" + digits, "+2:" + digits, "x:" + digits,
				digits.toUpperCase(java.util.Locale.ROOT), digits + "0", "2:" + digits.substring(1),
				"\uff10" + digits.substring(1)))
			.allSatisfy((text) -> assertThat(Checksums.versionOf(text)).as(text).isZero());
		// A version this Retort does not know, written by a later one, cannot be verified here
		Checksums checksums = new Checksums();
		assertThat(checksums.matches("7:" + digits, USER_TABLE)).isFalse();
		assertThat(checksums.matches("spoilt", USER_TABLE)).isFalse();
		assertThat(checksums.matches(null, USER_TABLE)).isFalse();
		assertThat(checksums.matches(current, USER_TABLE)).isTrue();
		assertThat(checksums.matches(current, (op) -> op.dropTable("user"))).isFalse();
	}

	/**
	 * The corpus pins what it uses: every operation, column type, constraint and default, each
	 * of their fields set at least once, and every constant of the enums they hold. A part or a
	 * field added later fails this until the corpus uses it, and so pins its form.
	 */
	@Test
	void theCorpusUsesEveryPartAndEveryField() {
		Set<Class<?>> seen = new HashSet<>();
		Set<String> fieldsUsed = new TreeSet<>();
		Set<Object> constants = new HashSet<>();
		for (Consumer<Operations> body : corpus().values()) {
			for (Operation operation : OperationRecorder.record(body)) {
				walk(operation, seen, fieldsUsed, constants);
			}
		}

		Set<Class<?>> parts = new HashSet<>(List.of(ColumnDef.class, ObjectName.class));
		for (Class<?> sealed : List.of(Operation.class, ColumnType.class, Constraint.class, ServerDefault.class)) {
			parts.addAll(List.of(sealed.getPermittedSubclasses()));
		}
		assertThat(seen).containsAll(parts);
		Set<String> fields = new TreeSet<>();
		for (Class<?> part : parts) {
			for (RecordComponent component : part.getRecordComponents()) {
				fields.add(part.getName() + "." + component.getName());
			}
		}
		assertThat(fieldsUsed).containsAll(fields);
		for (Class<?> enumType : List.of(ReferentialAction.class, ConstraintKind.class, DatabaseFamily.class)) {
			assertThat(constants).containsAll(List.of(enumType.getEnumConstants()));
		}
	}

	/** Every record reachable from the value, each field that holds more than its default noted. */
	private static void walk(Object value, Set<Class<?>> seen, Set<String> fieldsUsed, Set<Object> constants) {
		if (value instanceof Record record) {
			seen.add(record.getClass());
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object field;
				try {
					field = component.getAccessor().invoke(record);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
				boolean used = field != null && !Boolean.FALSE.equals(field)
						&& !(field instanceof Collection<?> collection && collection.isEmpty())
						&& !(field instanceof Map<?, ?> map && map.isEmpty());
				if (used) {
					fieldsUsed.add(record.getClass().getName() + "." + component.getName());
				}
				walk(field, seen, fieldsUsed, constants);
			}
		}
		else if (value instanceof Collection<?> collection) {
			collection.forEach((element) -> walk(element, seen, fieldsUsed, constants));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> {
				walk(key, seen, fieldsUsed, constants);
				walk(entry, seen, fieldsUsed, constants);
			});
		}
		else if (value instanceof Enum<?>) {
			constants.add(value);
		}
	}

	private static Map<String, Consumer<Operations>> corpus() {
		Map<String, Consumer<Operations>> corpus = new LinkedHashMap<>(ChecksumCorpus.revisions());
		corpus.putAll(ChecksumCorpus.beyondVersion1());
		return corpus;
	}

	/**
	 * Renaming a record's component, or the record, must change no checksum: the canonical form
	 * spells every name out, so nothing in it may read names from the classes at run time.
	 */
	private static final List<String> READING_NAMES = List.of("java/lang/reflect/", "getRecordComponents",
			"getDeclaredFields", "getDeclaredMethods");

	@Test
	void readsNoNameFromTheOperationClasses() throws IOException {
		for (Class<?> form : List.of(CanonicalForm.class, CanonicalFormV1.class, Checksums.class)) {
			for (Class<?> type : form.getNestMembers()) {
				String name = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
				String classFile;
				try (InputStream in = type.getResourceAsStream(name)) {
					classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
				}
				assertThat(READING_NAMES.stream().filter(classFile::contains)).as("what %s reads by reflection", type)
					.isEmpty();
			}
		}
	}

	static final class Backfill implements ConnectionCallback {

		@Override
		public void doInConnection(java.sql.Connection connection) {
		}

	}

}
