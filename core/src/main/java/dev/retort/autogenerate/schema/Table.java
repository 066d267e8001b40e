package dev.retort.autogenerate.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table with everything that belongs to it.
 *
 * @param name the table's name
 * @param columns its columns, in the database's (or mapping's) order, which is never compared
 * @param primaryKey its primary key, or {@code null} for none
 * @param uniqueConstraints its unique constraints (on MariaDB: its unique indexes)
 * @param indexes its indexes that back no constraint
 * @param foreignKeys its foreign keys
 * @param checks its check constraints, except those that make a column an enum (see
 * {@link dev.retort.operations.types.ColumnType.Enumerated})
 * @param comment its comment, or {@code null} for none
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
		List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {

	public Table {
		columns = List.copyOf(columns);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		indexes = List.copyOf(indexes);
		foreignKeys = List.copyOf(foreignKeys);
		checks = List.copyOf(checks);
		comment = emptyToNull(comment);
	}

	public Optional<Column> column(String name) {
		return this.columns.stream().filter((column) -> column.name().equals(name)).findFirst();
	}

	public List<String> columnNames() {
		return this.columns.stream().map(Column::name).toList();
	}

	public Table withName(String newName) {
		return new Table(newName, this.columns, this.primaryKey, this.uniqueConstraints, this.indexes, this.foreignKeys,
				this.checks, this.comment);
	}

	static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
