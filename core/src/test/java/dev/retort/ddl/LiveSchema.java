package dev.retort.ddl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.retort.Operations;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;

/**
 * A test's database seen through Retort's operations and through the database's own metadata:
 * {@link #apply} records operations, renders them for the connected database and executes every
 * step with plain JDBC, as the runner does; the other methods read back what the database holds
 * from {@link DatabaseMetaData} and {@code information_schema}.
 */
final class LiveSchema implements AutoCloseable {

	private final TestDatabase db;

	private final Connection connection;

	private final SqlRenderer renderer;

	private final Identifiers identifiers;

	private LiveSchema(TestDatabase db, Connection connection) throws SQLException {
		this.db = db;
		this.connection = connection;
		this.renderer = DatabasePlatforms.renderer(connection.getMetaData());
		this.identifiers = this.renderer.identifiers();
	}

	static LiveSchema open(TestDatabase db) throws SQLException {
		return new LiveSchema(db, db.connect());
	}

	SqlRenderer renderer() {
		return this.renderer;
	}

	Connection connection() {
		return this.connection;
	}

	DatabaseKind kind() {
		return this.db.kind();
	}

	/** Records the body and applies each operation online. */
	void apply(Consumer<Operations> body) throws SQLException {
		for (Operation operation : OperationRecorder.record(body)) {
			for (RenderedStep step : this.renderer.render(operation, RenderContext.online(this.connection, null))) {
				execute(step);
			}
		}
	}

	void execute(RenderedStep step) throws SQLException {
		if (step instanceof RenderedStep.Sql sql) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(sql.sql());
			}
			catch (SQLException ex) {
				throw new SQLException(ex.getMessage() + " [" + sql.sql() + "]", ex.getSQLState(), ex);
			}
		}
		else if (step instanceof RenderedStep.Batch batch) {
			try (PreparedStatement statement = this.connection.prepareStatement(batch.sql())) {
				for (List<Object> row : batch.rows()) {
					for (int i = 0; i < row.size(); i++) {
						statement.setObject(i + 1, row.get(i));
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
		}
		else {
			((RenderedStep.JdbcCallback) step).callback().doInConnection(this.connection);
		}
	}

	/**
	 * The name as the database stores it: as written when quoted, else folded as the database
	 * folds unquoted names (H2: upper case).
	 */
	String stored(String name) {
		return this.identifiers.stored(name);
	}

	String sqlName(String name) {
		return this.identifiers.quote(name);
	}

	boolean tableExists(String table) throws SQLException {
		try (ResultSet rows = metaData().getTables(catalog(), schema(), stored(table), null)) {
			while (rows.next()) {
				if (rows.getString("TABLE_NAME").equals(stored(table))) {
					return true;
				}
			}
			return false;
		}
	}

	String tableComment(String table) throws SQLException {
		try (ResultSet rows = metaData().getTables(catalog(), schema(), stored(table), null)) {
			while (rows.next()) {
				if (rows.getString("TABLE_NAME").equals(stored(table))) {
					return emptyToNull(rows.getString("REMARKS"));
				}
			}
			throw new AssertionError("No table " + table);
		}
	}

	/** The table's columns by stored name, in order. */
	Map<String, ColumnInfo> columns(String table) throws SQLException {
		Map<String, ColumnInfo> columns = new LinkedHashMap<>();
		try (ResultSet rows = metaData().getColumns(catalog(), schema(), stored(table), "%")) {
			while (rows.next()) {
				if (rows.getString("TABLE_NAME").equals(stored(table))) {
					columns.put(rows.getString("COLUMN_NAME"),
							new ColumnInfo(rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rows.getInt("COLUMN_SIZE"),
									rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
									emptyToNull(rows.getString("COLUMN_DEF")), emptyToNull(rows.getString("REMARKS"))));
				}
			}
		}
		return columns;
	}

	Optional<ColumnInfo> column(String table, String column) throws SQLException {
		return Optional.ofNullable(columns(table).get(stored(column)));
	}

	/** Index name to its columns, in order, and whether it is unique; indexes backing constraints included. */
	Map<String, IndexInfo> indexes(String table) throws SQLException {
		Map<String, IndexInfo> indexes = new LinkedHashMap<>();
		try (ResultSet rows = metaData().getIndexInfo(catalog(), schema(), stored(table), false, false)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				if (name == null || rows.getString("COLUMN_NAME") == null) {
					continue;
				}
				// Rows come ordered by index, then by column position
				boolean unique = !rows.getBoolean("NON_UNIQUE");
				IndexInfo index = indexes.computeIfAbsent(name, (key) -> new IndexInfo(new ArrayList<>(), unique));
				index.columns().add(rows.getString("COLUMN_NAME"));
			}
		}
		return indexes;
	}

	/** Names of the table's constraints of a type ({@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK}). */
	List<String> constraints(String table, String type) throws SQLException {
		String sql = "select constraint_name from information_schema.table_constraints"
				+ " where table_schema = ? and table_name = ? and constraint_type = ? order by constraint_name";
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, this.db.schema());
			statement.setString(2, stored(table));
			statement.setString(3, type);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.add(rows.getString(1));
				}
			}
		}
		return names;
	}

	/** The delete rule of the foreign key of the given name, as {@link DatabaseMetaData} codes it. */
	Optional<Integer> foreignKeyDeleteRule(String table, String name) throws SQLException {
		try (ResultSet rows = metaData().getImportedKeys(catalog(), schema(), stored(table))) {
			while (rows.next()) {
				if (stored(name).equals(rows.getString("FK_NAME"))) {
					return Optional.of(rows.getInt("DELETE_RULE"));
				}
			}
		}
		return Optional.empty();
	}

	boolean sequenceExists(String sequence) throws SQLException {
		String sql = switch (this.db.kind()) {
			case MARIADB -> "select count(*) from information_schema.tables where table_schema = ? and table_name = ?"
					+ " and table_type = 'SEQUENCE'";
			case POSTGRESQL, H2 -> "select count(*) from information_schema.sequences where sequence_schema = ?"
					+ " and sequence_name = ?";
		};
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setString(1, this.db.schema());
			statement.setString(2, stored(sequence));
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1) == 1;
			}
		}
	}

	long nextValue(String sequence) throws SQLException {
		String sql = ((DialectSqlRenderer) this.renderer).dialect()
			.getSequenceSupport()
			.getSequenceNextValString(sqlName(sequence));
		return queryForList(sql).get(0) instanceof Number number ? number.longValue() : -1;
	}

	/** The first column of every row of a query. */
	List<Object> queryForList(String sql) throws SQLException {
		List<Object> values = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getObject(1));
			}
		}
		return values;
	}

	void update(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	private DatabaseMetaData metaData() throws SQLException {
		return this.connection.getMetaData();
	}

	private String catalog() {
		return (this.db.kind() == DatabaseKind.MARIADB) ? this.db.schema() : null;
	}

	private String schema() {
		return (this.db.kind() == DatabaseKind.MARIADB) ? null : this.db.schema();
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

	record ColumnInfo(String type, int size, boolean nullable, String defaultValue, String comment) {
	}

	record IndexInfo(List<String> columns, boolean unique) {
	}

}
