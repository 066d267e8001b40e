package dev.retort.ddl;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import dev.retort.Operations;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.enumOf;
import static dev.retort.operations.types.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name in backticks is quoted exactly, and wherever a statement or a catalog query needs the
 * name as stored, the backticks are gone (found by a hostile review of the naming change: each
 * failed on PostgreSQL).
 */
class BacktickedNamesTest {

	private static void render(LiveSchema schema, RenderContext context, Consumer<Operations> body) throws SQLException {
		for (Operation operation : OperationRecorder.record(body)) {
			for (RenderedStep step : schema.renderer().render(operation, context)) {
				schema.execute(step);
			}
		}
	}

	/** Enum check of a column spelled in backticks: online works, offline (--sql) script must too. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void enumCheckOfBacktickedColumnOffline(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("task", column("`state`", enumOf("OPEN", "DONE"))));
			render(schema, RenderContext.offline(), (op) -> op.alterColumn("task", "`state`",
					(c) -> c.type(enumOf("OPEN", "DONE", "LATER")).existingType(enumOf("OPEN", "DONE"))));
			schema.update("insert into task (state) values ('LATER')");
		}
	}

	@DatabaseTest({ DatabaseKind.POSTGRESQL })
	void enumCheckOfBacktickedColumnOnline(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("task", column("`state`", enumOf("OPEN", "DONE"))));
			render(schema, RenderContext.online(schema.connection(), null), (op) -> op.alterColumn("task", "`state`",
					(c) -> c.type(enumOf("OPEN", "DONE", "LATER")).existingType(enumOf("OPEN", "DONE"))));
			schema.update("insert into task (state) values ('LATER')");
		}
	}

	/** Making a backticked column an identity on PostgreSQL. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.H2, DatabaseKind.MARIADB })
	void addIdentityToBacktickedColumn(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("ticket", column("`id`", bigint()).primaryKey(), column("n", integer())));
			schema.apply((op) -> op.alterColumn("ticket", "`id`", (c) -> c.identity(true)));
		}
	}

	/** Dropping the unnamed primary key of a backticked table on PostgreSQL. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.H2, DatabaseKind.MARIADB })
	void dropUnnamedPrimaryKeyOfBacktickedTable(TestDatabase db) throws Exception {
		try (LiveSchema schema = LiveSchema.open(db)) {
			schema.apply((op) -> op.createTable("`order_item`", column("id", bigint()).primaryKey()));
			schema.apply((op) -> op.dropConstraint("`order_item`", null, ConstraintKind.PRIMARY_KEY));
		}
	}

}
