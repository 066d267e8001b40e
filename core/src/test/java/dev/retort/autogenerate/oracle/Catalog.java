package dev.retort.autogenerate.oracle;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.ddl.Identifiers;
import dev.retort.platform.DatabasePlatforms;

/**
 * A database's schema as a sorted set of facts, one line each, so that two databases compare
 * line by line: tables, columns (native type, nullability, default, identity, comment), primary
 * keys, unique constraints, indexes, foreign keys with their actions, checks with their normalised
 * condition, sequences.
 * <p>
 * Constraint and index names are part of a fact only where the model chose them: elsewhere
 * Hibernate draws names (FK..., UK...) that autogenerate need not reproduce, and the content is
 * what the application depends on.
 *
 * @param facts the facts, sorted
 */
record Catalog(Set<String> facts) {

	static Catalog read(Connection connection, String schema, Set<String> explicitNames) {
		Schema read = DatabasePlatforms.of(connection).schemaReader().read(connection, schema);
		Set<String> names = explicitNames.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Set<String> facts = new TreeSet<>();
		for (Table table : read.tables()) {
			String t = "table " + table.name();
			facts.add(t + (blank(table.comment()) ? "" : " comment " + table.comment()));
			for (Column column : table.columns()) {
				facts.add(t + " column " + column.name() + " " + column.nativeType()
						+ (column.nullable() ? " null" : " not null")
						+ (column.serverDefault() == null ? "" : " default " + column.serverDefault())
						+ (column.identity() ? " identity" : "")
						+ (blank(column.comment()) ? "" : " comment " + column.comment()));
			}
			if (table.primaryKey() != null) {
				facts.add(t + " primary key " + table.primaryKey().columns());
			}
			for (UniqueConstraint unique : table.uniqueConstraints()) {
				// A second unique key over the same columns, left unnamed by the model, is one
				// autogenerate does not create (it constrains nothing more): not a fact
				boolean redundant = name(unique.name(), names).isEmpty() && table.uniqueConstraints().stream()
					.anyMatch((other) -> other != unique && other.columns().equals(unique.columns())
							&& !name(other.name(), names).isEmpty());
				if (redundant) {
					continue;
				}
				facts.add(t + " unique " + name(unique.name(), names) + unique.columns());
			}
			for (Index index : table.indexes()) {
				facts.add(t + (index.unique() ? " unique index " : " index ") + name(index.name(), names)
						+ index.columns().stream()
							.map((c) -> c.name() + (c.descending() ? " desc" : ""))
							.toList());
			}
			for (ForeignKey foreignKey : table.foreignKeys()) {
				facts.add(t + " foreign key " + name(foreignKey.name(), names) + foreignKey.columns() + " references "
						+ foreignKey.referencedTable() + foreignKey.referencedColumns() + " on delete "
						+ foreignKey.onDelete() + " on update " + foreignKey.onUpdate());
			}
			for (CheckConstraint check : table.checks()) {
				facts.add(t + " check " + name(check.name(), names) + condition(check.condition()));
			}
		}
		for (Sequence sequence : read.sequences()) {
			facts.add("sequence " + sequence.name() + " start " + sequence.start() + " increment "
					+ sequence.increment());
		}
		return new Catalog(facts);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String name(String name, Set<String> explicitNames) {
		return (name != null && explicitNames.contains(Identifiers.text(name).toLowerCase(Locale.ROOT))) ? name + " "
				: "";
	}

	/** The condition without the spelling that varies: case, white space and outer parentheses. */
	static String condition(String condition) {
		String normalised = condition.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
		while (normalised.startsWith("(") && normalised.endsWith(")") && balanced(normalised.substring(1,
				normalised.length() - 1))) {
			normalised = normalised.substring(1, normalised.length() - 1).trim();
		}
		return normalised;
	}

	private static boolean balanced(String text) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	/** What only this catalog holds, and what only the other holds, as lines to print. */
	String difference(Catalog other, String thisName, String otherName) {
		List<String> lines = new ArrayList<>();
		for (String fact : this.facts) {
			if (!other.facts.contains(fact)) {
				lines.add("  only in " + thisName + ": " + fact);
			}
		}
		for (String fact : other.facts) {
			if (!this.facts.contains(fact)) {
				lines.add("  only in " + otherName + ": " + fact);
			}
		}
		return String.join("\n", lines);
	}

}
