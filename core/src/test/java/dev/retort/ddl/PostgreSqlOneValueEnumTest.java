package dev.retort.ddl;

import java.sql.SQLException;
import java.util.function.Consumer;

import dev.retort.Operations;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.enumOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enum of one value, whose check PostgreSQL prints as {@code (((state)::text = 'OPEN'::text))}
 * rather than as a list, gains a value: its check is found and replaced, online and in an
 * offline script alike (the Hibernate oracle found the change failing once autogenerate read
 * such a column as the enum it is).
 */
class PostgreSqlOneValueEnumTest {

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void anEnumOfOneValueGainsAValueOnline(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			gainsAValue(schema, RenderContext.online(schema.connection(), null));
		}
	}

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void anEnumOfOneValueGainsAValueOffline(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			gainsAValue(schema, RenderContext.offline());
		}
	}

	private static void gainsAValue(LiveSchema schema, RenderContext context) throws SQLException {
		schema.apply((op) -> op.createTable("task", column("id", bigint()).primaryKey(),
				column("state", enumOf("OPEN"))));
		render(schema, context, (op) -> op.alterColumn("task", "state",
				(c) -> c.type(enumOf("OPEN", "DONE")).existingType(enumOf("OPEN"))));
		schema.update("insert into task (id, state) values (1, 'DONE')");
		assertThat(schema.queryForList("select state from task")).containsExactly("DONE");
	}

	private static void render(LiveSchema schema, RenderContext context, Consumer<Operations> body)
			throws SQLException {
		for (Operation operation : OperationRecorder.record(body)) {
			for (RenderedStep step : schema.renderer().render(operation, context)) {
				schema.execute(step);
			}
		}
	}

}
