package dev.retort.autogenerate.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and sequences of one schema.
 *
 * @param tables the tables, in the order they were read
 * @param sequences the sequences that no column owns (identity sequences are part of their column)
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

	public Schema {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

	public static Schema empty() {
		return new Schema(List.of(), List.of());
	}

	public Optional<Table> table(String name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst();
	}

	public Optional<Sequence> sequence(String name) {
		return this.sequences.stream().filter((sequence) -> sequence.name().equals(name)).findFirst();
	}

	/** The tables by name, in their order. */
	public Map<String, Table> tablesByName() {
		Map<String, Table> byName = new LinkedHashMap<>();
		this.tables.forEach((table) -> byName.put(table.name(), table));
		return byName;
	}

	/** This schema without the tables and sequences the filter leaves out. */
	public Schema filter(SchemaFilter filter) {
		return new Schema(this.tables.stream().filter((table) -> filter.includesTable(table.name())).toList(),
				this.sequences.stream().filter((sequence) -> filter.includesTable(sequence.name())).toList());
	}

}
