package dev.retort.autogenerate.schema;

import java.util.List;

/**
 * An index that backs no constraint.
 *
 * @param name its name
 * @param columns its columns, in order, each with its sort order
 * @param unique whether it rejects duplicate keys
 */
public record Index(String name, List<IndexColumn> columns, boolean unique) {

	public Index {
		columns = List.copyOf(columns);
	}

	public List<String> columnNames() {
		return this.columns.stream().map(IndexColumn::name).toList();
	}

	/**
	 * A column of an index.
	 *
	 * @param name the column's name
	 * @param descending whether the index sorts it in descending order
	 */
	public record IndexColumn(String name, boolean descending) {

		public static IndexColumn ascending(String name) {
			return new IndexColumn(name, false);
		}

	}

}
