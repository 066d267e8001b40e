package dev.retort.autoconfigure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.retort.testing.TestDatabase;

/**
 * What a test compares before and after an action that must change nothing: the schema's
 * tables and columns, and Retort's version and history rows if it has them.
 */
public final class SchemaSnapshot {

	private SchemaSnapshot() {
	}

	public static List<String> of(TestDatabase db) throws SQLException {
		List<String> snapshot = new ArrayList<>();
		try (Connection connection = db.connect()) {
			try (PreparedStatement statement = connection.prepareStatement("select table_name, column_name, data_type"
					+ " from information_schema.columns where table_schema = ? order by table_name, column_name")) {
				statement.setString(1, db.schema());
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						snapshot.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3));
					}
				}
			}
			if (snapshot.stream().anyMatch((column) -> column.toLowerCase(Locale.ROOT).startsWith("retort_version."))) {
				rows(connection, "select version_num from retort_version order by version_num", snapshot);
				rows(connection, "select concat(id, ' ', revision, ' ', direction, ' ', outcome, ' ', statements_done,"
						+ " ' ', checksum) from retort_history order by id", snapshot);
			}
		}
		return snapshot;
	}

	private static void rows(Connection connection, String sql, List<String> snapshot) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				snapshot.add(rows.getString(1));
			}
		}
	}

}
