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

}
