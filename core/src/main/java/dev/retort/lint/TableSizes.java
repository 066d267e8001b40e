package dev.retort.lint;

import java.util.OptionalLong;

import dev.retort.operations.ObjectName;

/**
 * How many rows each table holds, as the database's catalog estimates them.
 */
@FunctionalInterface
public interface TableSizes {

	/** Nothing is known: lint offline. */
	TableSizes UNKNOWN = (table) -> OptionalLong.empty();

	/** The table's estimated row count, empty when the catalog does not say. */
	OptionalLong rows(ObjectName table);

	/**
	 * Sizes read when a rule first asks for one: most revisions (new tables, new columns) never
	 * do. Sizes that cannot be read are unknown, as offline.
	 */
	static TableSizes whenAsked(Read read) {
		return new TableSizes() {

			private TableSizes sizes;

			@Override
			public OptionalLong rows(ObjectName table) {
				if (this.sizes == null) {
					try {
						this.sizes = read.read();
					}
					catch (java.sql.SQLException | RuntimeException ex) {
						this.sizes = UNKNOWN;
					}
				}
				return this.sizes.rows(table);
			}

		};
	}

	/** Reads the sizes from the catalog. */
	@FunctionalInterface
	interface Read {

		TableSizes read() throws java.sql.SQLException;

	}

}
