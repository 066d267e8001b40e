package dev.retort.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.retort.Operations;

/**
 * {@link Operations} that records each call as an {@link Operation}, in order. The runner records
 * a revision once and takes everything from that recording: the statements it executes one by
 * one, the offline script and the checksum.
 *
 * <pre class="code">
 * List&lt;Operation&gt; operations = OperationRecorder.record(migration::upgrade);
 * </pre>
 */
public final class OperationRecorder implements Operations {

	private final List<Operation> operations;

	private final String schema;

	private OperationRecorder(List<Operation> operations, String schema) {
		this.operations = operations;
		this.schema = schema;
	}

	/** Runs the body against a fresh recorder and returns what it recorded, unmodifiable. */
	public static List<Operation> record(Consumer<Operations> body) {
		List<Operation> operations = new ArrayList<>();
		body.accept(new OperationRecorder(operations, null));
		return Collections.unmodifiableList(new ArrayList<>(operations));
	}

	@Override
	public Operations inSchema(String schema) {
		ObjectName.requireName(schema, "schema");
		return new OperationRecorder(this.operations, schema);
	}

	@Override
	public void createTable(String table, TableElement... elements) {
		List<ColumnDef> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		for (TableElement element : elements) {
			if (element instanceof ColumnDef column) {
				columns.add(column);
			}
			else {
				constraints.add((Constraint) Objects.requireNonNull(element, "table element"));
			}
		}
		apply(new Operation.CreateTable(name(table), columns, constraints));
	}

	@Override
	public void dropTable(String table) {
		apply(new Operation.DropTable(name(table)));
	}

	@Override
	public void renameTable(String table, String newName) {
		apply(new Operation.RenameTable(name(table), newName));
	}

	@Override
	public void setTableComment(String table, String comment) {
		apply(new Operation.SetTableComment(name(table), comment));
	}

	@Override
	public void addColumn(String table, ColumnDef column) {
		apply(new Operation.AddColumn(name(table), column));
	}

	@Override
	public void dropColumn(String table, String column) {
		apply(new Operation.DropColumn(name(table), column));
	}

	@Override
	public void alterColumn(String table, String column, UnaryOperator<Operation.AlterColumn> change) {
		apply(change.apply(Operation.AlterColumn.of(name(table), column)));
	}

	@Override
	public void createIndex(String name, String table, String... columns) {
		apply(new Operation.CreateIndex(name, name(table), List.of(columns), false, false));
	}

	@Override
	public void createUniqueIndex(String name, String table, String... columns) {
		apply(new Operation.CreateIndex(name, name(table), List.of(columns), true, false));
	}

	@Override
	public void createIndex(String name, String table, List<String> columns,
			UnaryOperator<Operation.CreateIndex> options) {
		apply(options.apply(new Operation.CreateIndex(name, name(table), columns, false, false)));
	}

	@Override
	public void dropIndex(String name, String table) {
		apply(new Operation.DropIndex(name, name(table), false));
	}

	@Override
	public void dropIndex(String name, String table, UnaryOperator<Operation.DropIndex> options) {
		apply(options.apply(new Operation.DropIndex(name, name(table), false)));
	}

	@Override
	public void addConstraint(String table, Constraint constraint) {
		apply(new Operation.AddConstraint(name(table), constraint));
	}

	@Override
	public void dropConstraint(String table, String name, ConstraintKind kind) {
		apply(new Operation.DropConstraint(name(table), name, kind));
	}

	@Override
	public void createSequence(String name, long start, long increment) {
		apply(new Operation.CreateSequence(name(name), start, increment));
	}

	@Override
	public void dropSequence(String name) {
		apply(new Operation.DropSequence(name(name)));
	}

	@Override
	@SuppressWarnings("unchecked")
	public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
		apply(new Operation.BulkInsert(name(table), (List<Map<String, Object>>) rows));
	}

	@Override
	public void sql(String sql) {
		apply(new Operation.ExecuteSql(sql));
	}

	@Override
	public void withConnection(String description, ConnectionCallback callback) {
		apply(new Operation.RunJdbc(callback, description));
	}

	@Override
	public void withConnection(ConnectionCallback callback) {
		withConnection(CallbackDescriptions.describe(callback), callback);
	}

	@Override
	public void withDataSource(String description, DataSourceCallback callback) {
		Objects.requireNonNull(callback, "callback");
		withConnection(description,
				(connection) -> callback.doWithDataSource(new MigrationDataSource(connection)));
	}

	@Override
	public void withDataSource(DataSourceCallback callback) {
		withDataSource(CallbackDescriptions.describe(callback), callback);
	}

	@Override
	public void apply(Operation operation) {
		this.operations.add(Objects.requireNonNull(operation, "operation"));
	}

	private ObjectName name(String name) {
		return new ObjectName(this.schema, name);
	}

}
