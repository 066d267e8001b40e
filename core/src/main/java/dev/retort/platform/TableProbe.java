package dev.retort.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a table exists, and its columns, told the cheapest way plain JDBC allows on any
 * database: a query on the table where a failed statement costs only itself, the catalog
 * otherwise.
 */
public final class TableProbe {

	/** The SQL states of a query on a table that does not exist (see {@link #isMissingTable}). */
	private static final Set<String> MISSING_TABLE_STATES = Set.of("42S02", "42S03", "42S04", "42P01");

	private TableProbe() {
	}

	/**
	 * Whether a table exists, asked of the catalog: the name as given, and as the database folds
	 * unquoted names. {@link #exists(Connection, String, String, String) A query on the table}
	 * costs less, but the server (or H2's trace file) logs its error when the table is missing,
	 * which happens once in a database's life.
	 */
	public static boolean inCatalog(Connection connection, String schema, String table) throws SQLException {
		return !columns(connection, schema, table).isEmpty();
	}

	/**
	 * The columns of a table, lower-cased, asked of the catalog; none when the table does not
	 * exist. The name is tried as given, and as the database folds unquoted names.
	 */
	public static Set<String> columns(Connection connection, String schema, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		boolean catalogs = metaData.supportsCatalogsInTableDefinitions() && !metaData.supportsSchemasInTableDefinitions();
		String owner = (schema != null) ? schema : (catalogs ? connection.getCatalog() : connection.getSchema());
		Set<String> columns = new LinkedHashSet<>();
		for (String name : new LinkedHashSet<>(List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)))) {
			try (ResultSet rows = catalogs ? metaData.getColumns(owner, null, name, null)
					: metaData.getColumns(null, owner, name, null)) {
				while (rows.next()) {
					columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			if (!columns.isEmpty()) {
				return columns;
			}
		}
		return columns;
	}

	/**
	 * Whether a table exists, asked with a query on it where a failed statement costs only
	 * itself (in auto-commit); the catalog, whose questions cost a command on PostgreSQL several
	 * milliseconds each, is asked only in a transaction or when the query fails for another
	 * reason than the table's absence.
	 * @param sqlName the table's name as SQL
	 */
	public static boolean exists(Connection connection, String schema, String table, String sqlName) throws SQLException {
		if (queryWithoutCatalog(connection)) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select * from " + sqlName + " where 1 = 0")) {
				return true;
			}
			catch (SQLException ex) {
				if (isMissingTable(ex)) {
					return false;
				}
			}
		}
		return inCatalog(connection, schema, table);
	}

	/**
	 * Whether a query failed because its table does not exist, told by the SQL state: the
	 * standard's {@code 42S02} (MariaDB, MySQL, H2 and most others), H2's {@code 42S03} and
	 * {@code 42S04} (not found, with close names or in an empty database), PostgreSQL's own
	 * {@code 42P01}. Any other failure leaves the question to the catalog.
	 */
	public static boolean isMissingTable(SQLException ex) {
		return MISSING_TABLE_STATES.contains(ex.getSQLState());
	}

	/**
	 * Whether to query a table without first asking the catalog whether it is there: in
	 * auto-commit, where a failed statement costs nothing but itself (within a PostgreSQL
	 * transaction it would abort the transaction). The catalog's questions are the slowest part of
	 * a start-up with nothing to do, and they are needed only when the query fails: on a database
	 * Retort has not migrated yet.
	 */
	public static boolean queryWithoutCatalog(Connection connection) throws SQLException {
		return connection.getAutoCommit();
	}

}
