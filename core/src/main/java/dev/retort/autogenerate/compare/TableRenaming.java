package dev.retort.autogenerate.compare;

import java.util.List;

import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;

/**
 * A table as it will be once a column is renamed: its keys, constraints and indexes name the
 * new column, so that they compare equal to the model's.
 */
final class TableRenaming {

	private TableRenaming() {
	}

	static Table renameColumn(Table table, String from, String to) {
		PrimaryKey primaryKey = (table.primaryKey() != null)
				? new PrimaryKey(table.primaryKey().name(), rename(table.primaryKey().columns(), from, to)) : null;
		List<UniqueConstraint> uniques = table.uniqueConstraints().stream()
			.map((unique) -> new UniqueConstraint(unique.name(), rename(unique.columns(), from, to), unique.nameExplicit()))
			.toList();
		List<Index> indexes = table.indexes().stream()
			.map((index) -> new Index(index.name(), index.columns().stream()
				.map((column) -> column.name().equals(from) ? new Index.IndexColumn(to, column.descending()) : column)
				.toList(), index.unique()))
			.toList();
		List<ForeignKey> foreignKeys = table.foreignKeys().stream()
			.map((key) -> new ForeignKey(key.name(), rename(key.columns(), from, to), key.referencedTable(),
					(key.referencedTable().equals(table.name())) ? rename(key.referencedColumns(), from, to)
							: key.referencedColumns(),
					key.onDelete(), key.onUpdate()))
			.toList();
		return new Table(table.name(), table.columns().stream()
			.map((column) -> column.name().equals(from) ? column.withName(to) : column)
			.toList(), primaryKey, uniques, indexes, foreignKeys, table.checks(), table.comment());
	}

	private static List<String> rename(List<String> columns, String from, String to) {
		return columns.stream().map((column) -> column.equals(from) ? to : column).toList();
	}

}
