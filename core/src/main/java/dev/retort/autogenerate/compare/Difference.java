package dev.retort.autogenerate.compare;

import java.util.List;

import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;

/**
 * One way the database differs from what the entities expect, from the entities' point of view:
 * "added" is in the entities and not yet in the database.
 */
public sealed interface Difference {

	/** The difference in a line, for {@code check} and the command's output. */
	String describe();

	/** Whether applying it loses data: a dropped table or column, a narrowed type. */
	default boolean isDestructive() {
		return false;
	}

	/**
	 * @param note why it is not a rename although it might be (the candidates), or {@code null}
	 */
	record TableAdded(Table table, String note) implements Difference {

		@Override
		public String describe() {
			return "add table " + this.table.name() + ((this.note != null) ? " (" + this.note + ")" : "");
		}

	}

	record TableRemoved(Table table) implements Difference {

		@Override
		public String describe() {
			return "drop table " + this.table.name();
		}

		@Override
		public boolean isDestructive() {
			return true;
		}

	}

	/**
	 * A table gone and one appeared with the same columns: inferred to be a rename.
	 * @param reason why it was taken ("the names agree", "renames accepted", "confirmed"), or
	 * {@code null}
	 */
	record TableRenamed(Table from, Table to, String reason) implements Difference {

		public TableRenamed(Table from, Table to) {
			this(from, to, null);
		}

		@Override
		public String describe() {
			return "rename table " + this.from.name() + " to " + this.to.name() + " (inferred"
					+ ((this.reason != null) ? ": " + this.reason : "") + ")";
		}

	}

	/**
	 * @param existingRows the value rows already in the table get, for a NOT NULL column without
	 * a default; {@code null} when none is known (or none is needed)
	 * @param note why it is not a rename although it might be, or {@code null}
	 */
	record ColumnAdded(String table, Column column, dev.retort.operations.ServerDefault existingRows, String note)
			implements Difference {

		@Override
		public String describe() {
			return "add column " + this.table + "." + this.column.name() + ((this.note != null) ? " (" + this.note + ")" : "");
		}

	}

	record ColumnRemoved(String table, Column column) implements Difference {

		@Override
		public String describe() {
			return "drop column " + this.table + "." + this.column.name();
		}

		@Override
		public boolean isDestructive() {
			return true;
		}

	}

	/**
	 * A column gone and one appeared with the same definition: inferred to be a rename.
	 * @param reason why it was taken ("the names agree", "renames accepted", "confirmed"), or
	 * {@code null}
	 */
	record ColumnRenamed(String table, Column from, Column to, String reason) implements Difference {

		public ColumnRenamed(String table, Column from, Column to) {
			this(table, from, to, null);
		}

		@Override
		public String describe() {
			return "rename column " + this.table + "." + this.from.name() + " to " + this.to.name() + " (inferred"
					+ ((this.reason != null) ? ": " + this.reason : "") + ")";
		}

	}

	/**
	 * A column whose type, nullability, default, comment or identity differ.
	 * @param from as the database has it
	 * @param to as the entities expect it
	 * @param narrowing whether the new type may not hold every old value
	 * @param existingRows the value rows holding {@code null} get when it becomes NOT NULL, or
	 * {@code null}
	 */
	record ColumnChanged(String table, Column from, Column to, boolean narrowing,
			dev.retort.operations.ServerDefault existingRows) implements Difference {

		@Override
		public String describe() {
			return "alter column " + this.table + "." + this.to.name() + " (" + String.join(", ", changes()) + ")";
		}

		/** What changes: type, nullability, default, comment, identity. */
		public List<String> changes() {
			List<String> changes = new java.util.ArrayList<>();
			if (!this.from.type().equals(this.to.type())) {
				changes.add("type " + this.from.nativeType() + " -> " + this.to.nativeType());
			}
			if (this.from.nullable() != this.to.nullable()) {
				changes.add(this.to.nullable() ? "nullable" : "not null");
			}
			if (!java.util.Objects.equals(this.from.serverDefault(), this.to.serverDefault())) {
				changes.add("default");
			}
			if (!java.util.Objects.equals(this.from.comment(), this.to.comment())) {
				changes.add("comment");
			}
			if (this.from.identity() != this.to.identity()) {
				changes.add(this.to.identity() ? "identity" : "no identity");
			}
			return changes;
		}

		@Override
		public boolean isDestructive() {
			return this.narrowing;
		}

	}

	record PrimaryKeyChanged(String table, PrimaryKey from, PrimaryKey to) implements Difference {

		@Override
		public String describe() {
			return "change primary key of " + this.table + " from " + ((this.from != null) ? this.from.columns() : "none")
					+ " to " + ((this.to != null) ? this.to.columns() : "none");
		}

	}

	record UniqueAdded(String table, UniqueConstraint unique) implements Difference {

		@Override
		public String describe() {
			return "add unique constraint " + this.unique.name() + " on " + this.table + this.unique.columns();
		}

	}

	/**
	 * @param foreignKeys the table's foreign keys that stay and that no other index staying serves,
	 * as for {@link IndexRemoved}
	 */
	record UniqueRemoved(String table, UniqueConstraint unique, List<ForeignKey> foreignKeys) implements Difference {

		public UniqueRemoved {
			foreignKeys = List.copyOf(foreignKeys);
		}

		public UniqueRemoved(String table, UniqueConstraint unique) {
			this(table, unique, List.of());
		}

		@Override
		public String describe() {
			return "drop unique constraint " + this.unique.name() + " on " + this.table;
		}

	}

	record IndexAdded(String table, Index index) implements Difference {

		@Override
		public String describe() {
			return "add index " + this.index.name() + " on " + this.table + this.index.columnNames();
		}

	}

	/**
	 * @param foreignKeys the table's foreign keys that stay and that no other index staying serves:
	 * led by the key's columns, this index is the one MariaDB uses for them, and it refuses to drop
	 * it while they exist
	 */
	record IndexRemoved(String table, Index index, List<ForeignKey> foreignKeys) implements Difference {

		public IndexRemoved {
			foreignKeys = List.copyOf(foreignKeys);
		}

		public IndexRemoved(String table, Index index) {
			this(table, index, List.of());
		}

		@Override
		public String describe() {
			return "drop index " + this.index.name() + " on " + this.table;
		}

	}

	record ForeignKeyAdded(String table, ForeignKey foreignKey) implements Difference {

		@Override
		public String describe() {
			return "add foreign key " + this.table + this.foreignKey.columns() + " -> "
					+ this.foreignKey.referencedTable() + this.foreignKey.referencedColumns();
		}

	}

	record ForeignKeyRemoved(String table, ForeignKey foreignKey) implements Difference {

		@Override
		public String describe() {
			return "drop foreign key " + this.foreignKey.name() + " on " + this.table;
		}

	}

	record CheckAdded(String table, CheckConstraint check) implements Difference {

		@Override
		public String describe() {
			return "add check constraint " + ((this.check.name() != null) ? this.check.name() + " " : "") + "on "
					+ this.table + " (" + this.check.condition() + ")";
		}

	}

	record CheckRemoved(String table, CheckConstraint check) implements Difference {

		@Override
		public String describe() {
			return "drop check constraint " + this.check.name() + " on " + this.table + " (" + this.check.condition()
					+ ")";
		}

	}

	record TableCommentChanged(String table, String from, String to) implements Difference {

		@Override
		public String describe() {
			return "change comment of table " + this.table;
		}

	}

	record SequenceAdded(Sequence sequence) implements Difference {

		@Override
		public String describe() {
			return "add sequence " + this.sequence.name();
		}

	}

	record SequenceRemoved(Sequence sequence) implements Difference {

		@Override
		public String describe() {
			return "drop sequence " + this.sequence.name();
		}

	}

	/** A sequence whose start or increment differ: dropped and created again. */
	record SequenceChanged(Sequence from, Sequence to) implements Difference {

		@Override
		public String describe() {
			return "change sequence " + this.to.name() + " (start " + this.from.start() + " -> " + this.to.start()
					+ ", increment " + this.from.increment() + " -> " + this.to.increment() + ")";
		}

	}

}
