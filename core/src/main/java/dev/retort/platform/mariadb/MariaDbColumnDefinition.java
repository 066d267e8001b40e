package dev.retort.platform.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.retort.RetortException;
import dev.retort.ddl.Identifiers;
import dev.retort.operations.ObjectName;

/**
 * A MariaDB column's current definition, everything {@code MODIFY COLUMN} must restate, as read
 * from {@code information_schema.columns}.
 *
 * @param type the column type as MariaDB writes it ({@code varchar(255)})
 * @param nullable whether it accepts {@code null}
 * @param defaultSql the default as a SQL expression (MariaDB 10.2.7 and later quote string
 * defaults there), or {@code null} for none
 * @param comment the comment, empty for none
 * @param autoIncrement whether it is {@code auto_increment}
 * @param onUpdate the {@code on update ...} clause of a timestamp column, or {@code null}
 */
record MariaDbColumnDefinition(String type, boolean nullable, String defaultSql, String comment,
		boolean autoIncrement, String onUpdate) {

	private static final String QUERY = "select column_type, is_nullable, column_default, column_comment, extra"
			+ " from information_schema.columns"
			+ " where table_schema = coalesce(?, database()) and table_name = ? and column_name = ?";

	private static final String COLUMN_CHECKS = "select check_clause from information_schema.check_constraints"
			+ " where constraint_schema = coalesce(?, database()) and table_name = ? and constraint_name = ?"
			+ " and level = 'Column'";

	/**
	 * The conditions of the checks written with a column ({@code c int check (c > 0)}), which
	 * MariaDB names after the column and keeps as part of its definition: {@code MODIFY COLUMN}
	 * drops them unless it restates them, and {@code DROP CONSTRAINT} cannot drop them.
	 */
	static List<String> columnChecks(Connection connection, ObjectName table, String column) {
		List<String> checks = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(COLUMN_CHECKS)) {
			setNames(statement, table, column);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					checks.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot read the checks of column " + table + "." + column
					+ " from information_schema: " + ex.getMessage(), ex);
		}
		return checks;
	}

	/** The names as the catalog holds them: without the backticks a revision may spell them with. */
	private static void setNames(PreparedStatement statement, ObjectName table, String column) throws SQLException {
		statement.setString(1, (table.schema() != null) ? Identifiers.text(table.schema()) : null);
		statement.setString(2, Identifiers.text(table.name()));
		statement.setString(3, Identifiers.text(column));
	}

	static MariaDbColumnDefinition read(Connection connection, ObjectName table, String column) {
		try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
			setNames(statement, table, column);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					throw new RetortException("Column " + table + "." + column
							+ " does not exist, so it cannot be altered; check the table and column names");
				}
				String defaultSql = row.getString("column_default");
				String extra = row.getString("extra").toLowerCase(Locale.ROOT);
				if (extra.contains("generated")) {
					throw new RetortException("Column " + table + "." + column
							+ " is a generated column, which Retort cannot restate with MODIFY COLUMN; use op.sql(...)");
				}
				int onUpdate = extra.indexOf("on update ");
				return new MariaDbColumnDefinition(row.getString("column_type"),
						"YES".equalsIgnoreCase(row.getString("is_nullable")),
						(defaultSql == null || defaultSql.equalsIgnoreCase("NULL")) ? null : defaultSql,
						row.getString("column_comment"), extra.contains("auto_increment"),
						(onUpdate >= 0) ? extra.substring(onUpdate) : null);
			}
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot read the definition of column " + table + "." + column
					+ " from information_schema: " + ex.getMessage(), ex);
		}
	}

}
