package dev.retort.autogenerate.introspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;

/**
 * Collects the rows of several catalog queries, each covering all tables of a schema, into
 * tables; then builds the immutable {@link Schema}.
 */
public final class TableAssembly {

	private final Map<String, Parts> tables = new LinkedHashMap<>();

	private final List<Sequence> sequences = new ArrayList<>();

	private final UnaryOperator<String> names;

	/** @param names turns a name as stored into the model's name (undoes H2's upper-casing) */
	public TableAssembly(UnaryOperator<String> names) {
		this.names = names;
	}

	public String name(String stored) {
		return (stored != null) ? this.names.apply(stored) : null;
	}

	public List<String> names(List<String> stored) {
		return stored.stream().map(this::name).toList();
	}

	public void table(String table, String comment) {
		this.tables.put(name(table), new Parts(comment));
	}

	public boolean hasTable(String table) {
		return this.tables.containsKey(name(table));
	}

	/** The parts of a known table, or {@code null} for rows of tables not read (views, excluded). */
	public Parts parts(String table) {
		return this.tables.get(name(table));
	}

	public void sequence(Sequence sequence) {
		this.sequences.add(new Sequence(name(sequence.name()), sequence.start(), sequence.increment()));
	}

	public Schema build() {
		List<Table> built = new ArrayList<>();
		this.tables.forEach((name, parts) -> built.add(parts.build(name)));
		return new Schema(built, this.sequences);
	}

	/** What has been read of one table so far. */
	public static final class Parts {

		public final String comment;

		public final List<Column> columns = new ArrayList<>();

		public PrimaryKey primaryKey;

		public final List<UniqueConstraint> uniques = new ArrayList<>();

		public final Map<String, IndexParts> indexes = new LinkedHashMap<>();

		public final List<ForeignKey> foreignKeys = new ArrayList<>();

		public final List<CheckConstraint> checks = new ArrayList<>();

		public Parts(String comment) {
			this.comment = comment;
		}

		public Table build(String name) {
			List<Index> builtIndexes = new ArrayList<>();
			this.indexes.forEach((indexName, parts) -> builtIndexes.add(new Index(indexName, parts.columns, parts.unique)));
			return new Table(name, this.columns, this.primaryKey, this.uniques, builtIndexes, this.foreignKeys,
					this.checks, this.comment);
		}

	}

	/** The columns of an index read row by row. */
	public static final class IndexParts {

		public final boolean unique;

		public final List<Index.IndexColumn> columns = new ArrayList<>();

		public IndexParts(boolean unique) {
			this.unique = unique;
		}

	}

}
