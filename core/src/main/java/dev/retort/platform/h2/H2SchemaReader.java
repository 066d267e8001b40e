package dev.retort.platform.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.retort.autogenerate.introspect.CatalogQueries;
import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.autogenerate.introspect.TableAssembly;
import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.DefaultValues;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.NativeTypes;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.Identifiers;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.types.ColumnType;
import dev.retort.platform.DatabasePlatforms;

/**
 * H2 2.x, from its {@code INFORMATION_SCHEMA}: one query per catalog view, joined here rather
 * than in SQL, because H2 evaluates joins of its catalog views row by row (seconds for a few
 * hundred tables, against milliseconds for the views alone).
 * <p>
 * H2 stores unquoted names in upper case; a name stored all in upper case is read in lower case,
 * as Hibernate and the renderers write it (a name that was quoted keeps its case).
 */
final class H2SchemaReader implements SchemaReader {

	private static final Identifiers IDENTIFIERS = DatabasePlatforms.offlineRenderer(DatabaseFamily.H2).identifiers();

	private static final String TABLES = """
			select table_name, remarks from information_schema.tables
			where table_schema = ? and table_type = 'BASE TABLE' order by table_name""";

	private static final String ENUM_VALUES = """
			select object_name, enum_identifier, value_name from information_schema.enum_values
			where object_schema = ? and object_type = 'TABLE' order by object_name, enum_identifier, value_ordinal""";

	private static final String COLUMNS = """
			select table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
			       datetime_precision, is_nullable, column_default, is_identity, remarks, dtd_identifier
			from information_schema.columns where table_schema = ? order by table_name, ordinal_position""";

	private static final String CONSTRAINTS = """
			select table_name, constraint_name, constraint_type, index_name from information_schema.table_constraints
			where table_schema = ? order by table_name, constraint_name""";

	private static final String KEY_COLUMNS = """
			select constraint_name, column_name, position_in_unique_constraint, table_name
			from information_schema.key_column_usage where constraint_schema = ? order by constraint_name, ordinal_position""";

	private static final String REFERENCES = """
			select constraint_name, unique_constraint_name, update_rule, delete_rule
			from information_schema.referential_constraints where constraint_schema = ?""";

	private static final String CHECKS = """
			select constraint_name, check_clause from information_schema.check_constraints where constraint_schema = ?""";

	private static final String INDEXES = """
			select table_name, index_name, index_type_name from information_schema.indexes where table_schema = ?""";

	private static final String INDEX_COLUMNS = """
			select table_name, index_name, column_name, ordering_specification from information_schema.index_columns
			where table_schema = ? order by table_name, index_name, ordinal_position""";

	private static final String SEQUENCES = """
			select sequence_name, start_value, increment from information_schema.sequences
			where sequence_schema = ? order by sequence_name""";

	@Override
	public Schema read(Connection connection, String schema) {
		TableAssembly assembly = new TableAssembly(H2SchemaReader::unfold);
		CatalogQueries.forEachRow(connection, TABLES, schema, (row) -> assembly.table(row.getString(1), row.getString(2)));
		Map<String, List<String>> enumValues = new HashMap<>();
		CatalogQueries.forEachRow(connection, ENUM_VALUES, schema, (row) -> enumValues
			.computeIfAbsent(row.getString(1) + "\u0000" + row.getString(2), (key) -> new ArrayList<>())
			.add(row.getString(3)));
		CatalogQueries.forEachRow(connection, COLUMNS, schema, (row) -> column(assembly, row, enumValues));
		readConstraints(connection, schema, assembly);
		CatalogQueries.forEachRow(connection, SEQUENCES, schema,
				(row) -> assembly.sequence(new Sequence(row.getString(1), row.getLong(2), row.getLong(3))));
		return assembly.build();
	}

	/**
	 * Keys, checks and indexes. H2 (2.3 to 2.5) keeps a key's old column names in
	 * {@code KEY_COLUMN_USAGE} after a column is renamed, while the key's index names the columns
	 * as they are called now: see {@link H2KeyColumns}.
	 */
	private static void readConstraints(Connection connection, String schema, TableAssembly assembly) {
		Map<String, List<KeyColumn>> keyColumns = new HashMap<>();
		CatalogQueries.forEachRow(connection, KEY_COLUMNS, schema, (row) -> keyColumns
			.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>())
			.add(new KeyColumn(row.getString(2), row.getInt(3), row.getString(4))));
		Map<String, String[]> references = new HashMap<>();
		CatalogQueries.forEachRow(connection, REFERENCES, schema, (row) -> references.put(row.getString(1),
				new String[] { row.getString(2), row.getString(3), row.getString(4) }));
		Map<String, String> checks = new HashMap<>();
		CatalogQueries.forEachRow(connection, CHECKS, schema, (row) -> checks.put(row.getString(1), row.getString(2)));
		Map<String, List<String[]>> indexColumns = new LinkedHashMap<>();
		CatalogQueries.forEachRow(connection, INDEX_COLUMNS, schema, (row) -> indexColumns
			.computeIfAbsent(row.getString(1) + "\u0000" + row.getString(2), (key) -> new ArrayList<>())
			.add(new String[] { row.getString(3), row.getString(4) }));
		List<KeyConstraint> constraints = new ArrayList<>();
		CatalogQueries.forEachRow(connection, CONSTRAINTS, schema, (row) -> constraints
			.add(new KeyConstraint(row.getString(1), row.getString(2), row.getString(3), row.getString(4))));
		Map<String, KeyConstraint> byName = new HashMap<>();
		List<H2KeyColumns.Key> listedKeys = new ArrayList<>();
		for (KeyConstraint constraint : constraints) {
			byName.put(constraint.name(), constraint);
			List<String> listed = keyColumns.getOrDefault(constraint.name(), List.of())
				.stream()
				.map(KeyColumn::column)
				.toList();
			List<String> indexed = (constraint.index() != null)
					? indexColumns.getOrDefault(constraint.table() + "\u0000" + constraint.index(), List.of())
						.stream()
						.map((column) -> column[0])
						.toList()
					: List.of();
			listedKeys.add(new H2KeyColumns.Key(constraint.table(), constraint.name(), constraint.index(), listed,
					indexed));
		}
		Map<String, List<String>> keys = H2KeyColumns.resolve(listedKeys);
		Set<String> constraintIndexes = new HashSet<>();
		for (KeyConstraint constraint : constraints) {
			if (constraint.index() != null) {
				constraintIndexes.add(constraint.table() + "\u0000" + constraint.index());
			}
			TableAssembly.Parts parts = assembly.parts(constraint.table());
			if (parts == null) {
				continue;
			}
			String name = assembly.name(constraint.name());
			List<String> columnNames = assembly.names(keys.get(constraint.name()));
			switch (constraint.type()) {
				case "PRIMARY KEY" -> parts.primaryKey = new PrimaryKey(name, columnNames);
				case "UNIQUE" -> parts.uniques.add(new UniqueConstraint(name, columnNames, true));
				case "FOREIGN KEY" -> {
					String[] reference = references.get(constraint.name());
					List<String> referencedKey = keys.get(reference[0]);
					List<String> referencedColumns = keyColumns.get(constraint.name())
						.stream()
						.map((column) -> assembly.name(referencedKey.get(column.positionInUnique() - 1)))
						.toList();
					parts.foreignKeys.add(new ForeignKey(name, columnNames, assembly.name(byName.get(reference[0]).table()),
							referencedColumns, ReferentialAction.ofRule(reference[2]), ReferentialAction.ofRule(reference[1])));
				}
				case "CHECK" -> parts.checks.add(new CheckConstraint(name, checks.get(constraint.name())));
				default -> {
				}
			}
		}
		Set<String> uniqueIndexes = new HashSet<>();
		CatalogQueries.forEachRow(connection, INDEXES, schema, (row) -> {
			if (row.getString(3).contains("UNIQUE")) {
				uniqueIndexes.add(row.getString(1) + "\u0000" + row.getString(2));
			}
		});
		indexColumns.forEach((key, columns) -> {
			String[] tableAndIndex = key.split("\u0000");
			TableAssembly.Parts parts = assembly.parts(tableAndIndex[0]);
			if (parts == null || constraintIndexes.contains(key)) {
				return;
			}
			TableAssembly.IndexParts index = parts.indexes.computeIfAbsent(assembly.name(tableAndIndex[1]),
					(name) -> new TableAssembly.IndexParts(uniqueIndexes.contains(key)));
			for (String[] column : columns) {
				index.columns.add(new Index.IndexColumn(assembly.name(column[0]), "DESC".equals(column[1])));
			}
		});
	}

	private static void column(TableAssembly assembly, ResultSet row, Map<String, List<String>> enumValues)
			throws SQLException {
		TableAssembly.Parts parts = assembly.parts(row.getString(1));
		if (parts == null) {
			return;
		}
		String nativeType = nativeType(row, enumValues.get(row.getString(1) + "\u0000" + row.getString(12)));
		ColumnType type = NativeTypes.parse(DatabaseFamily.H2, nativeType);
		boolean identity = "YES".equals(row.getString(10));
		parts.columns.add(new Column(assembly.name(row.getString(2)), type, nativeType, "YES".equals(row.getString(8)),
				identity ? null : DefaultValues.parse(row.getString(9), type), identity, row.getString(11)));
	}

	/** The type as H2 would write it in DDL, from the columns the standard splits it into. */
	private static String nativeType(ResultSet row, List<String> enumValues) throws SQLException {
		String dataType = row.getString(3);
		return switch (dataType) {
			case "ENUM" -> "enum(" + String.join(",", enumValues.stream()
				.map((value) -> "'" + value.replace("'", "''") + "'")
				.toList()) + ")";
			case "CHARACTER VARYING", "CHARACTER", "BINARY", "BINARY VARYING" -> dataType + "(" + row.getLong(4) + ")";
			case "NUMERIC", "DECIMAL" -> dataType + "(" + row.getInt(5) + "," + row.getInt(6) + ")";
			case "TIME", "TIMESTAMP" -> dataType + "(" + row.getInt(7) + ")";
			case "TIME WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE" -> dataType.replace(" WITH", "(" + row.getInt(7)
					+ ") WITH");
			default -> dataType;
		};
	}

	/**
	 * A name as stored, spelled as a revision names it: the upper case of unquoted names in the
	 * lower case Hibernate writes them, a lower-case name (quoted when made) in backticks.
	 */
	static String unfold(String name) {
		return IDENTIFIERS.spellingOfStored(name);
	}

	/** One column of a key constraint, as {@code KEY_COLUMN_USAGE} lists it. */
	private record KeyColumn(String column, int positionInUnique, String table) {
	}

	/** A constraint, as {@code TABLE_CONSTRAINTS} lists it, with the index it uses, if any. */
	private record KeyConstraint(String table, String name, String type, String index) {
	}

}
