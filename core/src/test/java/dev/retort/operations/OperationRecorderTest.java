package dev.retort.operations;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.RetortException;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.Constraints.foreignKey;
import static dev.retort.operations.Constraints.primaryKey;
import static dev.retort.operations.types.Types.decimal;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a revision's calls record.
 */
class OperationRecorderTest {

	@Test
	void recordsCallsInOrderAsValues() {
		List<Operation> operations = OperationRecorder.record((op) -> {
			op.createTable("item", column("id", integer()).primaryKey(), column("owner_id", integer()),
					foreignKey("fk_item_owner", "owner_id").references("owner", "id"));
			op.alterColumn("item", "owner_id", (c) -> c.notNull().existingType(integer()));
			op.renameColumn("item", "owner_id", "user_id");
			op.dropTable("item");
		});

		ObjectName item = ObjectName.of("item");
		assertThat(operations).containsExactly(
				new Operation.CreateTable(item,
						List.of(ColumnDef.of("id", integer()).primaryKey(), ColumnDef.of("owner_id", integer())),
						List.of(foreignKey("fk_item_owner", "owner_id").references("owner", "id"))),
				Operation.AlterColumn.of(item, "owner_id").nullable(false).existingType(integer()),
				Operation.AlterColumn.of(item, "owner_id").rename("user_id"),
				new Operation.DropTable(item));
	}

	@Test
	void recordsTheSchemaOfInSchema() {
		List<Operation> operations = OperationRecorder.record((op) -> {
			op.inSchema("audit").dropTable("event");
			op.dropTable("event");
		});

		assertThat(operations).containsExactly(new Operation.DropTable(ObjectName.of("audit", "event")),
				new Operation.DropTable(ObjectName.of("event")));
	}

	@Test
	void returnsAnUnmodifiableRecording() {
		List<Operation> operations = OperationRecorder.record((op) -> op.sql("select 1"));

		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> operations.add(new Operation.ExecuteSql("select 2")));
	}

	@Test
	void refusesOperationsThatCannotBeRendered() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> OperationRecorder.record((op) -> op.addConstraint("item",
					foreignKey("fk_item_owner", "owner_id"))))
			.withMessageContaining("references nothing; add .references(\"table\", \"column\")");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> OperationRecorder.record((op) -> op.createTable("item",
					column("id", integer()).primaryKey(), primaryKey("pk_item", "id"))))
			.withMessageContaining("declares its primary key twice");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> OperationRecorder.record((op) -> op.addColumn("item", column("id", integer()).primaryKey())))
			.withMessageContaining("addConstraint(\"item\", primaryKey(\"pk_item\", \"id\"))");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> decimal(2, 3))
			.withMessageContaining("scale");
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> string(0))
			.withMessageContaining("positive");
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> OperationRecorder.record((op) -> op.createTable("empty")))
			.withMessageContaining("without columns");
	}

}
