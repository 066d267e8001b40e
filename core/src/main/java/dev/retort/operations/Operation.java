package dev.retort.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.retort.RetortException;
import dev.retort.operations.types.ColumnType;

/**
 * One recorded schema or data change: an immutable value that renderers turn into SQL, that the
 * checksum is computed from, and that autogenerate can write back as a call on
 * {@link dev.retort.Operations}.
 * <p>
 * Code targets Java 17, which has no pattern matching in {@code switch}; {@link Visitor} gives
 * renderers the same guarantee: adding an operation breaks every renderer's compilation until it
 * renders it.
 */
public sealed interface Operation {

	<R> R accept(Visitor<R> visitor);

	/**
	 * One method per operation: implemented by every renderer.
	 *
	 * @param <R> what the visit produces
	 */
	interface Visitor<R> {

		R createTable(CreateTable op);

		R dropTable(DropTable op);

		R renameTable(RenameTable op);

		R addColumn(AddColumn op);

		R dropColumn(DropColumn op);

		R alterColumn(AlterColumn op);

		R createIndex(CreateIndex op);

		R dropIndex(DropIndex op);

		R addConstraint(AddConstraint op);

		R dropConstraint(DropConstraint op);

		R createSequence(CreateSequence op);

		R dropSequence(DropSequence op);

		R setTableComment(SetTableComment op);

		R bulkInsert(BulkInsert op);

		R executeSql(ExecuteSql op);

		R runJdbc(RunJdbc op);

	}

	/**
	 * Creates a table with its columns and constraints. Columns marked {@link ColumnDef#primaryKey()}
	 * form the primary key unless a {@link Constraint.PrimaryKey} is given.
	 */
	record CreateTable(ObjectName table, List<ColumnDef> columns, List<Constraint> constraints) implements Operation {

		public CreateTable {
			Objects.requireNonNull(table, "table");
			columns = List.copyOf(columns);
			constraints = List.copyOf(constraints);
			if (columns.isEmpty()) {
				throw new RetortException("Table " + table + " is created without columns; add column(...) arguments");
			}
			// Loops rather than streams: every revision that creates a table runs this once per command
			boolean constraintKey = false;
			for (Constraint constraint : constraints) {
				if (constraint instanceof Constraint.ForeignKey foreignKey) {
					foreignKey.requireReferences();
				}
				constraintKey |= constraint instanceof Constraint.PrimaryKey;
			}
			if (constraintKey && hasColumnKey(columns)) {
				throw new RetortException("Table " + table + " declares its primary key twice: on columns with "
						+ ".primaryKey() and as primaryKey(...); keep one");
			}
		}

		private static boolean hasColumnKey(List<ColumnDef> columns) {
			for (ColumnDef column : columns) {
				if (column.isPrimaryKey()) {
					return true;
				}
			}
			return false;
		}

		/** The columns of the primary key declared on columns, in order; empty if none. */
		public List<String> primaryKeyColumns() {
			List<String> key = new ArrayList<>(1);
			for (ColumnDef column : this.columns) {
				if (column.isPrimaryKey()) {
					key.add(column.name());
				}
			}
			return Collections.unmodifiableList(key);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.createTable(this);
		}

	}

	record DropTable(ObjectName table) implements Operation {

		public DropTable {
			Objects.requireNonNull(table, "table");
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.dropTable(this);
		}

	}

	/** Renames a table within its schema. */
	record RenameTable(ObjectName table, String newName) implements Operation {

		public RenameTable {
			Objects.requireNonNull(table, "table");
			ObjectName.requireName(newName, "new table name");
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.renameTable(this);
		}

	}

	/**
	 * Adds a column. A primary key flag on the column is not supported here: add the column,
	 * then {@code addConstraint(table, primaryKey(...))}.
	 */
	record AddColumn(ObjectName table, ColumnDef column) implements Operation {

		public AddColumn {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(column, "column");
			if (column.isPrimaryKey()) {
				throw new RetortException("Column " + table + "." + column.name()
						+ " is added with .primaryKey(); add it without, then addConstraint(\"" + table.name()
						+ "\", primaryKey(\"pk_" + table.name() + "\", \"" + column.name() + "\"))");
			}
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.addColumn(this);
		}

	}

	record DropColumn(ObjectName table, String column) implements Operation {

		public DropColumn {
			Objects.requireNonNull(table, "table");
			ObjectName.requireName(column, "column name");
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.dropColumn(this);
		}

	}

	/**
	 * Changes a column. Every field left {@code null} is left as it is. {@code existing...}
	 * fields state what the column is now: MariaDB restates the whole column to change its type,
	 * nullability, comment or identity, and reads what is not given from the live database;
	 * offline, they must be given. Write it as
	 * {@code op.alterColumn("user", "email", c -> c.type(string(320)))}.
	 *
	 * @param table the column's table
	 * @param column the column's current name
	 * @param newName the new name, or {@code null}
	 * @param type the new type, or {@code null}
	 * @param nullable the new nullability, or {@code null}
	 * @param serverDefault the new default ({@link ServerDefault#none()} drops it), or {@code null}
	 * @param comment the new comment ({@code ""} drops it), or {@code null}
	 * @param identity whether the database generates the column's values from now on (identity,
	 * {@code AUTO_INCREMENT}), or {@code null}; a column that gains it continues after the largest
	 * value it holds, so that rows inserted later do not collide with the rows already there
	 * @param using PostgreSQL's {@code USING} expression converting the values to the new type, or
	 * {@code null} (H2 and MariaDB convert by themselves)
	 * @param existingType the current type, or {@code null} when not stated
	 * @param existingNullable the current nullability, or {@code null} when not stated
	 * @param existingServerDefault the current default ({@link ServerDefault#none()} for none), or
	 * {@code null} when not stated
	 * @param existingComment the current comment ({@code ""} for none), or {@code null} when not
	 * stated (offline, MariaDB then restates the column without a comment, as for
	 * {@code existingIdentity})
	 * @param existingIdentity whether the database generates the column's values now, or
	 * {@code null} when not stated (offline, MariaDB then restates the column without
	 * {@code AUTO_INCREMENT})
	 */
	record AlterColumn(ObjectName table, String column, String newName, ColumnType type, Boolean nullable,
			ServerDefault serverDefault, String comment, Boolean identity, String using, ColumnType existingType,
			Boolean existingNullable, ServerDefault existingServerDefault, String existingComment,
			Boolean existingIdentity) implements Operation {

		public AlterColumn {
			Objects.requireNonNull(table, "table");
			ObjectName.requireName(column, "column name");
		}

		/** A change of the given column that changes nothing yet. */
		public static AlterColumn of(ObjectName table, String column) {
			return new AlterColumn(table, column, null, null, null, null, null, null, null, null, null, null, null,
					null);
		}

		public AlterColumn rename(String newName) {
			return new AlterColumn(this.table, this.column, newName, this.type, this.nullable, this.serverDefault,
					this.comment, this.identity, this.using, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn type(ColumnType type) {
			return new AlterColumn(this.table, this.column, this.newName, type, this.nullable, this.serverDefault,
					this.comment, this.identity, this.using, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn nullable(boolean nullable) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, nullable, this.serverDefault,
					this.comment, this.identity, this.using, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn notNull() {
			return nullable(false);
		}

		/** Sets the default, written as SQL: {@code serverDefault("now()")}. */
		public AlterColumn serverDefault(String sqlExpression) {
			return serverDefault(ServerDefault.expression(sqlExpression));
		}

		public AlterColumn serverDefault(ServerDefault serverDefault) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable, serverDefault,
					this.comment, this.identity, this.using, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn dropServerDefault() {
			return serverDefault(ServerDefault.none());
		}

		public AlterColumn comment(String comment) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, comment, this.identity, this.using, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn dropComment() {
			return comment("");
		}

		/**
		 * Makes the database generate the column's values ({@code true}), or stop generating them
		 * ({@code false}). The column must be NOT NULL and, on MariaDB, a key (the primary key
		 * normally).
		 */
		public AlterColumn identity(boolean identity) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, identity, this.using, this.existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		/**
		 * PostgreSQL's {@code USING} expression for a type change: {@code using("code::integer")}.
		 * H2 and MariaDB convert the values by themselves and do not use it.
		 */
		public AlterColumn using(String expression) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, this.identity, expression, this.existingType,
					this.existingNullable, this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn existingType(ColumnType existingType) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, this.identity, this.using, existingType, this.existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn existingNullable(boolean existingNullable) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, this.identity, this.using, this.existingType, existingNullable,
					this.existingServerDefault, this.existingComment, this.existingIdentity);
		}

		/** The current default written as SQL, as in {@link #serverDefault(String)}. */
		public AlterColumn existingServerDefault(String sqlExpression) {
			return existingServerDefault(ServerDefault.expression(sqlExpression));
		}

		public AlterColumn existingServerDefault(ServerDefault existingServerDefault) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, this.identity, this.using, this.existingType,
					this.existingNullable, existingServerDefault, this.existingComment, this.existingIdentity);
		}

		public AlterColumn existingComment(String existingComment) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, this.identity, this.using, this.existingType,
					this.existingNullable, this.existingServerDefault, existingComment, this.existingIdentity);
		}

		public AlterColumn existingIdentity(boolean existingIdentity) {
			return new AlterColumn(this.table, this.column, this.newName, this.type, this.nullable,
					this.serverDefault, this.comment, this.identity, this.using, this.existingType,
					this.existingNullable, this.existingServerDefault, this.existingComment, existingIdentity);
		}

		/** The column's name once this change is applied. */
		public String resultingName() {
			return (this.newName != null) ? this.newName : this.column;
		}

		/** Whether this changes anything at all. */
		public boolean changesSomething() {
			return this.newName != null || this.type != null || this.nullable != null || this.serverDefault != null
					|| this.comment != null || this.identity != null;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.alterColumn(this);
		}

	}

	/**
	 * Creates an index on columns of a table.
	 *
	 * @param name the index's name
	 * @param table the indexed table
	 * @param columns the indexed columns, in order
	 * @param isUnique whether the index rejects duplicate keys
	 * @param isConcurrent PostgreSQL's {@code CONCURRENTLY}: builds without blocking writes, outside
	 * a transaction (declare the revision {@code transactional = false}); ignored elsewhere
	 */
	record CreateIndex(String name, ObjectName table, List<String> columns, boolean isUnique, boolean isConcurrent)
			implements Operation {

		public CreateIndex {
			ObjectName.requireName(name, "index name");
			Objects.requireNonNull(table, "table");
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new RetortException("Index " + name + " on " + table + " needs at least one column");
			}
		}

		public CreateIndex unique() {
			return new CreateIndex(this.name, this.table, this.columns, true, this.isConcurrent);
		}

		public CreateIndex concurrently() {
			return new CreateIndex(this.name, this.table, this.columns, this.isUnique, true);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.createIndex(this);
		}

	}

	/**
	 * Drops an index. The table is needed by MariaDB, whose index names are per table.
	 *
	 * @param isConcurrent PostgreSQL's {@code DROP INDEX CONCURRENTLY}; ignored elsewhere
	 */
	record DropIndex(String name, ObjectName table, boolean isConcurrent) implements Operation {

		public DropIndex {
			ObjectName.requireName(name, "index name");
			Objects.requireNonNull(table, "table");
		}

		public DropIndex concurrently() {
			return new DropIndex(this.name, this.table, true);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.dropIndex(this);
		}

	}

	record AddConstraint(ObjectName table, Constraint constraint) implements Operation {

		public AddConstraint {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(constraint, "constraint");
			if (constraint instanceof Constraint.ForeignKey foreignKey) {
				foreignKey.requireReferences();
			}
			if (constraint.name() == null && !(constraint instanceof Constraint.PrimaryKey)) {
				throw new RetortException("A " + constraint.kind().name().toLowerCase(java.util.Locale.ROOT)
						+ " constraint added to " + table + " needs a name, so that it can be dropped again");
			}
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.addConstraint(this);
		}

	}

	/**
	 * Drops a named constraint. For a primary key the name may be {@code null}, as MariaDB's
	 * primary keys have none.
	 */
	record DropConstraint(ObjectName table, String name, ConstraintKind kind) implements Operation {

		public DropConstraint {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(kind, "kind");
			if (kind != ConstraintKind.PRIMARY_KEY) {
				ObjectName.requireName(name, "constraint name");
			}
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.dropConstraint(this);
		}

	}

	record CreateSequence(ObjectName sequence, long start, long increment) implements Operation {

		public CreateSequence {
			Objects.requireNonNull(sequence, "sequence");
			if (increment == 0) {
				throw new RetortException("Sequence " + sequence + " has an increment of 0; use 1, or -1 to count down");
			}
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.createSequence(this);
		}

	}

	record DropSequence(ObjectName sequence) implements Operation {

		public DropSequence {
			Objects.requireNonNull(sequence, "sequence");
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.dropSequence(this);
		}

	}

	/**
	 * Sets or drops a table's comment.
	 *
	 * @param comment the comment, or {@code null} to drop it
	 */
	record SetTableComment(ObjectName table, String comment) implements Operation {

		public SetTableComment {
			Objects.requireNonNull(table, "table");
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.setTableComment(this);
		}

	}

	/**
	 * Inserts rows, each a map from column name to value. Values are bound as JDBC parameters
	 * ({@code setObject}), never written into the SQL; {@code null} values are allowed. Values
	 * are passed to the driver as given, so a value must be one the driver binds to the column's
	 * type: JSON, for example, is a {@code PGobject} of type {@code jsonb} on PostgreSQL and the
	 * text's UTF-8 bytes on H2 (a string there becomes a JSON string), or can be written with
	 * {@code op.sql(...)}.
	 */
	record BulkInsert(ObjectName table, List<Map<String, Object>> rows) implements Operation {

		public BulkInsert {
			Objects.requireNonNull(table, "table");
			List<Map<String, Object>> copies = new ArrayList<>(rows.size());
			for (Map<String, ?> row : rows) {
				if (row.isEmpty()) {
					throw new RetortException("A row inserted into " + table + " has no columns");
				}
				// Keeps the caller's column order and allows null values, unlike Map.copyOf
				copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
			}
			rows = Collections.unmodifiableList(copies);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.bulkInsert(this);
		}

	}

	/**
	 * SQL run as written: one statement, with or without a trailing semicolon.
	 */
	record ExecuteSql(String sql) implements Operation {

		public ExecuteSql {
			Objects.requireNonNull(sql, "sql");
			if (sql.isBlank()) {
				throw new RetortException("op.sql(...) was given no SQL");
			}
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.executeSql(this);
		}

	}

	/**
	 * Java code run on the migration's connection, for data migrations.
	 *
	 * @param callback the code
	 * @param description what it does: shown in progress and offline scripts, and all of it that
	 * the checksum sees
	 */
	record RunJdbc(ConnectionCallback callback, String description) implements Operation {

		public RunJdbc {
			Objects.requireNonNull(callback, "callback");
			Objects.requireNonNull(description, "description");
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.runJdbc(this);
		}

	}

}
