package dev.retort.autogenerate.introspect;

import java.sql.Connection;

import dev.retort.autogenerate.schema.Schema;

/**
 * Reads the tables and sequences of one schema of a live database.
 */
public interface SchemaReader {

	/**
	 * Reads a schema.
	 * @param connection an open connection; left open
	 * @param schema the schema (PostgreSQL, H2) or database (MariaDB) to read, as stored
	 * @return everything in it, Retort's own tables included (filter with
	 * {@link Schema#filter})
	 */
	Schema read(Connection connection, String schema);

}
