package dev.retort.bench;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.operations.ColumnDef;
import dev.retort.operations.ConnectionCallback;
import dev.retort.operations.Constraint;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.DataSourceCallback;
import dev.retort.operations.Operation;
import dev.retort.operations.TableElement;

/**
 * The least any tool does to learn what a Java revision does: make an instance of its class
 * and run its {@code upgrade}. The operations it asks for are thrown away as they come, so
 * nothing is recorded, checksummed or rendered: the revision's own code is all that runs.
 */
final class RevisionCode implements LeastBookkeeping.BeforeEach {

	private final List<Class<? extends Migration>> migrations;

	private final Operations discarded = new Discarded();

	RevisionCode(List<Class<? extends Migration>> migrations) {
		this.migrations = migrations;
	}

	@Override
	public void revision(int index) throws ReflectiveOperationException {
		this.migrations.get(index).getDeclaredConstructor().newInstance().upgrade(this.discarded);
	}

	/** Takes every operation and keeps none. */
	private static final class Discarded implements Operations {

		@Override
		public Operations inSchema(String schema) {
			return this;
		}

		@Override
		public void createTable(String table, TableElement... elements) {
		}

		@Override
		public void dropTable(String table) {
		}

		@Override
		public void renameTable(String table, String newName) {
		}

		@Override
		public void setTableComment(String table, String comment) {
		}

		@Override
		public void addColumn(String table, ColumnDef column) {
		}

		@Override
		public void dropColumn(String table, String column) {
		}

		@Override
		public void alterColumn(String table, String column, UnaryOperator<Operation.AlterColumn> change) {
		}

		@Override
		public void createIndex(String name, String table, String... columns) {
		}

		@Override
		public void createUniqueIndex(String name, String table, String... columns) {
		}

		@Override
		public void createIndex(String name, String table, List<String> columns,
				UnaryOperator<Operation.CreateIndex> options) {
		}

		@Override
		public void dropIndex(String name, String table) {
		}

		@Override
		public void dropIndex(String name, String table, UnaryOperator<Operation.DropIndex> options) {
		}

		@Override
		public void addConstraint(String table, Constraint constraint) {
		}

		@Override
		public void dropConstraint(String table, String name, ConstraintKind kind) {
		}

		@Override
		public void createSequence(String name, long start, long increment) {
		}

		@Override
		public void dropSequence(String name) {
		}

		@Override
		public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
		}

		@Override
		public void sql(String sql) {
		}

		@Override
		public void withConnection(String description, ConnectionCallback callback) {
		}

		@Override
		public void withConnection(ConnectionCallback callback) {
		}

		@Override
		public void withDataSource(String description, DataSourceCallback callback) {
		}

		@Override
		public void withDataSource(DataSourceCallback callback) {
		}

		@Override
		public void apply(Operation operation) {
		}

	}

}
