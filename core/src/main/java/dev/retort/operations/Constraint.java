package dev.retort.operations;

import java.util.List;
import java.util.Objects;

import dev.retort.RetortException;

/**
 * A table constraint, created with the table or later with {@code addConstraint}. Write them with
 * {@link Constraints}. A {@code null} name lets the database choose one, which only suits
 * constraints never dropped by name.
 */
public sealed interface Constraint extends TableElement {

	/** The constraint's name, or {@code null} for a name the database chooses. */
	String name();

	/** What kind of constraint this is, as {@code dropConstraint} needs to know. */
	ConstraintKind kind();

	record PrimaryKey(String name, List<String> columns) implements Constraint {

		public PrimaryKey {
			columns = requireColumns(columns, "primary key");
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.PRIMARY_KEY;
		}

	}

	record Unique(String name, List<String> columns) implements Constraint {

		public Unique {
			columns = requireColumns(columns, "unique constraint");
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.UNIQUE;
		}

	}

	/**
	 * A foreign key. A referenced table without schema is looked for in the schema of the
	 * constrained table.
	 */
	record ForeignKey(String name, List<String> columns, ObjectName referencedTable, List<String> referencedColumns,
			ReferentialAction onDelete, ReferentialAction onUpdate) implements Constraint {

		public ForeignKey {
			columns = requireColumns(columns, "foreign key");
			referencedColumns = List.copyOf(referencedColumns);
			if (referencedTable != null && referencedColumns.size() != columns.size()) {
				throw new RetortException("Foreign key " + name + " has " + columns.size() + " column(s) " + columns
						+ " but references " + referencedColumns.size() + " " + referencedColumns
						+ "; give one referenced column for each");
			}
		}

		/** The referenced table and columns: {@code foreignKey("fk_item_owner", "owner_id").references("user", "id")}. */
		public ForeignKey references(String table, String... columns) {
			return references(ObjectName.of(table), columns);
		}

		public ForeignKey references(ObjectName table, String... columns) {
			return new ForeignKey(this.name, this.columns, table, List.of(columns), this.onDelete, this.onUpdate);
		}

		public ForeignKey onDelete(ReferentialAction action) {
			return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, action,
					this.onUpdate);
		}

		public ForeignKey onUpdate(ReferentialAction action) {
			return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns,
					this.onDelete, action);
		}

		/** Fails unless {@link #references} was given: a foreign key must point somewhere. */
		public ForeignKey requireReferences() {
			if (this.referencedTable == null) {
				throw new RetortException("Foreign key " + this.name + " on " + this.columns
						+ " references nothing; add .references(\"table\", \"column\")");
			}
			return this;
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.FOREIGN_KEY;
		}

	}

	/** A check constraint whose condition is SQL, rendered as written. */
	record Check(String name, String condition) implements Constraint {

		public Check {
			Objects.requireNonNull(condition, "condition");
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.CHECK;
		}

	}

	private static List<String> requireColumns(List<String> columns, String what) {
		if (columns.isEmpty()) {
			throw new RetortException("A " + what + " needs at least one column");
		}
		return List.copyOf(columns);
	}

}
