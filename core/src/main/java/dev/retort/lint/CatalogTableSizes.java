package dev.retort.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import dev.retort.operations.ObjectName;

/**
 * Table sizes as a catalog query answers them, read once: each row the table's schema, its name
 * and its estimated rows (a negative estimate meaning the database has not counted it yet).
 */
public final class CatalogTableSizes implements TableSizes {

	private final Map<String, Long> rows;

	private final String currentSchema;

	private CatalogTableSizes(Map<String, Long> rows, String currentSchema) {
		this.rows = rows;
		this.currentSchema = currentSchema;
	}

	/**
	 * Runs the query on the connection.
	 * @param query selects schema, table name and estimated rows, in that order
	 * @param currentSchema the schema of unqualified names
	 */
	public static TableSizes read(Connection connection, String query, String currentSchema) throws SQLException {
		Map<String, Long> rows = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet tables = statement.executeQuery(query)) {
			while (tables.next()) {
				long estimate = tables.getLong(3);
				if (!tables.wasNull() && estimate >= 0) {
					rows.put(key(tables.getString(1), tables.getString(2)), estimate);
				}
			}
		}
		return new CatalogTableSizes(rows, currentSchema);
	}

	@Override
	public OptionalLong rows(ObjectName table) {
		Long estimate = this.rows.get(key((table.schema() != null) ? table.schema() : this.currentSchema, table.name()));
		return (estimate != null) ? OptionalLong.of(estimate) : OptionalLong.empty();
	}

	private static String key(String schema, String table) {
		return (schema + "." + table).toLowerCase(Locale.ROOT);
	}

}
