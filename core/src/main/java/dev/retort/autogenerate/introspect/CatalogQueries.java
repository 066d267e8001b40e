package dev.retort.autogenerate.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.retort.RetortException;

/**
 * Runs one catalog query for a whole schema and hands each row to a consumer.
 */
public final class CatalogQueries {

	private CatalogQueries() {
	}

	@FunctionalInterface
	public interface RowConsumer {

		void accept(ResultSet row) throws SQLException;

	}

	public static void forEachRow(Connection connection, String sql, String schema, RowConsumer consumer) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			// Every parameter of a catalog query is the schema; the queries hold no other question mark
			long parameters = sql.chars().filter((c) -> c == '?').count();
			for (int i = 1; i <= parameters; i++) {
				statement.setString(i, schema);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					consumer.accept(rows);
				}
			}
		}
		catch (SQLException ex) {
			throw new RetortException("Reading the schema " + schema + " failed: " + ex.getMessage()
					+ "; check that the migration user may read the database's catalog", ex);
		}
	}

	/** A SQL array of strings as a list. */
	public static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		List<String> strings = new ArrayList<>(values.length);
		Arrays.stream(values).forEach((value) -> strings.add((String) value));
		return strings;
	}

}
