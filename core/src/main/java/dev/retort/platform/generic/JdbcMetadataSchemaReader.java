package dev.retort.platform.generic;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import dev.retort.RetortException;
import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.autogenerate.introspect.TableAssembly;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.DefaultValues;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.NativeTypes;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.types.ColumnType;

/**
 * Any database, through {@link DatabaseMetaData}: columns in one call, keys and indexes in one
 * call per table, so slower on large schemas than the catalog readers. Check constraints and
 * sequences are not read (JDBC has no call for them).
 */
final class JdbcMetadataSchemaReader implements SchemaReader {

	@Override
	public Schema read(Connection connection, String schema) {
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			TableAssembly assembly = new TableAssembly(UnaryOperator.identity());
			try (ResultSet tables = metaData.getTables(null, schema, "%", new String[] { "TABLE" })) {
				while (tables.next()) {
					assembly.table(tables.getString("TABLE_NAME"), tables.getString("REMARKS"));
				}
			}
			try (ResultSet columns = metaData.getColumns(null, schema, "%", "%")) {
				while (columns.next()) {
					column(assembly, columns);
				}
			}
			for (Table table : tableNames(metaData, schema)) {
				keys(assembly, metaData, schema, table.name);
			}
			return assembly.build();
		}
		catch (SQLException ex) {
			throw new RetortException("Reading the schema " + schema + " through JDBC metadata failed: "
					+ ex.getMessage(), ex);
		}
	}

	private void column(TableAssembly assembly, ResultSet row) throws SQLException {
		TableAssembly.Parts parts = assembly.parts(row.getString("TABLE_NAME"));
		if (parts == null) {
			return;
		}
		String typeName = row.getString("TYPE_NAME");
		int size = row.getInt("COLUMN_SIZE");
		int digits = row.getInt("DECIMAL_DIGITS");
		String nativeType = switch (typeName.toLowerCase(java.util.Locale.ROOT)) {
			case "varchar", "character varying", "varbinary", "binary", "char" -> typeName + "(" + size + ")";
			case "numeric", "decimal" -> typeName + "(" + size + "," + digits + ")";
			default -> typeName;
		};
		ColumnType type = NativeTypes.parse(DatabaseFamily.OTHER, nativeType);
		boolean identity = "YES".equals(row.getString("IS_AUTOINCREMENT"));
		parts.columns.add(new Column(row.getString("COLUMN_NAME"), type, nativeType,
				row.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
				identity ? null : DefaultValues.parse(row.getString("COLUMN_DEF"), type), identity,
				row.getString("REMARKS")));
	}

	private static List<Table> tableNames(DatabaseMetaData metaData, String schema)
			throws SQLException {
		List<Table> names = new ArrayList<>();
		try (ResultSet tables = metaData.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				names.add(new Table(tables.getString("TABLE_NAME")));
			}
		}
		return names;
	}

	private static void keys(TableAssembly assembly, DatabaseMetaData metaData, String schema, String table)
			throws SQLException {
		TableAssembly.Parts parts = assembly.parts(table);
		Map<Short, String> keyColumns = new TreeMap<>();
		String keyName = null;
		try (ResultSet keys = metaData.getPrimaryKeys(null, schema, table)) {
			while (keys.next()) {
				keyColumns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
				keyName = keys.getString("PK_NAME");
			}
		}
		if (!keyColumns.isEmpty()) {
			parts.primaryKey = new PrimaryKey(keyName, List.copyOf(keyColumns.values()));
		}
		Map<String, List<String[]>> foreignKeys = new java.util.LinkedHashMap<>();
		try (ResultSet keys = metaData.getImportedKeys(null, schema, table)) {
			while (keys.next()) {
				foreignKeys.computeIfAbsent(keys.getString("FK_NAME"), (name) -> new ArrayList<>())
					.add(new String[] { keys.getString("FKCOLUMN_NAME"), keys.getString("PKTABLE_NAME"),
							keys.getString("PKCOLUMN_NAME"), String.valueOf(keys.getShort("DELETE_RULE")),
							String.valueOf(keys.getShort("UPDATE_RULE")) });
			}
		}
		foreignKeys.forEach((name, rows) -> parts.foreignKeys.add(new ForeignKey(name,
				rows.stream().map((row) -> row[0]).toList(), rows.get(0)[1], rows.stream().map((row) -> row[2]).toList(),
				action(Short.parseShort(rows.get(0)[3])), action(Short.parseShort(rows.get(0)[4])))));
		try (ResultSet indexes = metaData.getIndexInfo(null, schema, table, false, false)) {
			while (indexes.next()) {
				String name = indexes.getString("INDEX_NAME");
				String column = indexes.getString("COLUMN_NAME");
				if (name == null || column == null || name.equals(keyName)
						|| foreignKeys.containsKey(name)) {
					continue;
				}
				boolean unique = !indexes.getBoolean("NON_UNIQUE");
				if (unique) {
					UniqueConstraint existing = parts.uniques.stream().filter((u) -> u.name().equals(name)).findFirst()
						.orElse(null);
					List<String> columns = new ArrayList<>((existing != null) ? existing.columns() : List.of());
					columns.add(column);
					parts.uniques.remove(existing);
					parts.uniques.add(new UniqueConstraint(name, columns, true));
				}
				else {
					parts.indexes.computeIfAbsent(name, (key) -> new TableAssembly.IndexParts(false)).columns
						.add(new Index.IndexColumn(column, "D".equals(indexes.getString("ASC_OR_DESC"))));
				}
			}
		}
	}

	private static ReferentialAction action(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
			case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
			case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	/** A table's name as {@code getTables} gives it. */
	private record Table(String name) {
	}

}
