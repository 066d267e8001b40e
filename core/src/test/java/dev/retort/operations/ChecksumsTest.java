package dev.retort.operations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.retort.Operations;

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

		assertThat(Checksums.of(USER_TABLE)).isEqualTo(checksum).hasSize(Checksums.LENGTH);
		// Pinned: a change here means every applied revision's checksum changes. If intended,
		// existing users must run `stamp --update-checksums`.
		assertThat(checksum).isEqualTo("995ba4f8818a87dc");
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
	void writesTheCanonicalFormFieldByFieldWithoutNulls() {
		assertThat(CanonicalForm.of(OperationRecorder.record((op) -> op.addColumn("user",
				column("email", string(255)).notNull().comment("Login \"name\"")))))
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
			.isEqualTo("Operation.AlterColumn{table=ObjectName{name=\"ticket\"}, column=\"id\", identity=true}\n");
		// Fields that are left out do not show, so revisions written before identity keep their checksums
		assertThat(CanonicalForm.of(OperationRecorder.record(comment)))
			.isEqualTo("Operation.AlterColumn{table=ObjectName{name=\"ticket\"}, column=\"id\", comment=\"Key\"}\n");
	}

	static final class Backfill implements ConnectionCallback {

		@Override
		public void doInConnection(java.sql.Connection connection) {
		}

	}

}
