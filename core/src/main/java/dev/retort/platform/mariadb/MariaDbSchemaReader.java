package dev.retort.platform.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.retort.RetortException;
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
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.types.ColumnType;

/**
 * MariaDB and MySQL, from {@code information_schema}: six queries per schema, plus one per
 * sequence for its start and increment.
 * <p>
 * Unique indexes are unique constraints here (MariaDB makes no difference). The index MariaDB
 * creates by itself for a foreign key, named after the key, is left out; so is the
 * {@code json_valid} check that makes a {@code longtext} column MariaDB's {@code json}.
 * <p>
 * Column names are read in lower case: MariaDB compares them without case, as Hibernate's
 * mapping is read too ({@link dev.retort.ddl.Identifiers#columnSpelling}), so a column
 * {@code FullName} and an entity's {@code fullName} are one column, not a drop and an add.
 */
final class MariaDbSchemaReader implements SchemaReader {

	private static final String TABLES = """
			select table_name, table_comment, table_type from information_schema.tables
			where table_schema = ? and table_type in ('BASE TABLE', 'SEQUENCE') order by table_name""";

	private static final String COLUMNS = """
			select table_name, lower(column_name), column_type, is_nullable, column_default, extra, column_comment
			from information_schema.columns where table_schema = ? order by table_name, ordinal_position""";

	private static final String INDEXES = """
			select table_name, index_name, non_unique, lower(column_name), collation
			from information_schema.statistics where table_schema = ? order by table_name, index_name, seq_in_index""";

	private static final String FOREIGN_KEYS = """
			select k.table_name, k.constraint_name, lower(k.column_name), k.referenced_table_name,
			       lower(k.referenced_column_name),
			       r.delete_rule, r.update_rule
			from information_schema.key_column_usage k
			join information_schema.referential_constraints r on r.constraint_schema = k.constraint_schema
			     and r.constraint_name = k.constraint_name and r.table_name = k.table_name
			where k.table_schema = ? and k.referenced_table_name is not null
			order by k.table_name, k.constraint_name, k.ordinal_position""";

	private static final String CHECKS = """
			select table_name, constraint_name, check_clause from information_schema.check_constraints
			where constraint_schema = ? order by table_name, constraint_name""";

	private static final Pattern JSON_VALID = Pattern.compile("json_valid\\(`?([^`)]+)`?\\)", Pattern.CASE_INSENSITIVE);

	@Override
	public Schema read(Connection connection, String schema) {
		TableAssembly assembly = new TableAssembly(UnaryOperator.identity());
		List<String> sequences = new ArrayList<>();
		CatalogQueries.forEachRow(connection, TABLES, schema, (row) -> {
			if ("SEQUENCE".equals(row.getString(3))) {
				sequences.add(row.getString(1));
			}
			else {
				assembly.table(row.getString(1), row.getString(2));
			}
		});
		CatalogQueries.forEachRow(connection, COLUMNS, schema, (row) -> {
			TableAssembly.Parts parts = assembly.parts(row.getString(1));
			if (parts == null) {
				return;
			}
			String nativeType = row.getString(3);
			ColumnType type = NativeTypes.parse(DatabaseFamily.MARIADB, nativeType);
			String extra = row.getString(6).toLowerCase(java.util.Locale.ROOT);
			boolean identity = extra.contains("auto_increment");
			parts.columns.add(new Column(row.getString(2), type, nativeType, "YES".equals(row.getString(4)),
					identity ? null : DefaultValues.parse(row.getString(5), type), identity, row.getString(7)));
		});
		Map<String, List<ForeignKeyRow>> foreignKeys = new LinkedHashMap<>();
		CatalogQueries.forEachRow(connection, FOREIGN_KEYS, schema, (row) -> foreignKeys
			.computeIfAbsent(row.getString(1) + "\u0000" + row.getString(2), (key) -> new ArrayList<>())
			.add(new ForeignKeyRow(row)));
		foreignKeys.values().forEach((rows) -> addForeignKey(assembly, rows));
		CatalogQueries.forEachRow(connection, INDEXES, schema, (row) -> index(assembly, row));
		CatalogQueries.forEachRow(connection, CHECKS, schema, (row) -> check(assembly, row));
		for (String sequence : sequences) {
			assembly.sequence(readSequence(connection, schema, sequence));
		}
		return assembly.build();
	}

	private static void addForeignKey(TableAssembly assembly, List<ForeignKeyRow> rows) {
		ForeignKeyRow first = rows.get(0);
		TableAssembly.Parts parts = assembly.parts(first.table);
		if (parts != null) {
			parts.foreignKeys.add(new ForeignKey(first.name, rows.stream().map((row) -> row.column).toList(),
					first.referencedTable, rows.stream().map((row) -> row.referencedColumn).toList(),
					ReferentialAction.ofRule(first.deleteRule), ReferentialAction.ofRule(first.updateRule)));
		}
	}

	private static void index(TableAssembly assembly, ResultSet row) throws SQLException {
		TableAssembly.Parts parts = assembly.parts(row.getString(1));
		if (parts == null) {
			return;
		}
		String name = row.getString(2);
		boolean unique = row.getInt(3) == 0;
		String column = row.getString(4);
		if ("PRIMARY".equals(name)) {
			List<String> columns = new ArrayList<>((parts.primaryKey != null) ? parts.primaryKey.columns() : List.of());
			columns.add(column);
			parts.primaryKey = new PrimaryKey(null, columns);
			return;
		}
		if (unique) {
			UniqueConstraint existing = parts.uniques.stream().filter((u) -> u.name().equals(name)).findFirst().orElse(null);
			List<String> columns = new ArrayList<>((existing != null) ? existing.columns() : List.of());
			columns.add(column);
			parts.uniques.remove(existing);
			parts.uniques.add(new UniqueConstraint(name, columns, true));
			return;
		}
		if (parts.foreignKeys.stream().anyMatch((foreignKey) -> foreignKey.name().equals(name))) {
			return;
		}
		parts.indexes.computeIfAbsent(name, (key) -> new TableAssembly.IndexParts(false)).columns
			.add(new Index.IndexColumn(column, "D".equals(row.getString(5))));
	}

	private static void check(TableAssembly assembly, ResultSet row) throws SQLException {
		TableAssembly.Parts parts = assembly.parts(row.getString(1));
		if (parts == null) {
			return;
		}
		String clause = row.getString(3);
		java.util.regex.Matcher json = JSON_VALID.matcher(clause.strip());
		if (json.matches()) {
			for (int i = 0; i < parts.columns.size(); i++) {
				Column column = parts.columns.get(i);
				if (column.name().equalsIgnoreCase(json.group(1)) && column.type() instanceof ColumnType.Text) {
					parts.columns.set(i, column.withType(new ColumnType.Json()));
					return;
				}
			}
		}
		parts.checks.add(new CheckConstraint(row.getString(2), clause));
	}

	private static Sequence readSequence(Connection connection, String schema, String sequence) {
		String sql = "select start_value, increment from `" + schema.replace("`", "``") + "`.`"
				+ sequence.replace("`", "``") + "`";
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return new Sequence(sequence, rows.getLong(1), rows.getLong(2));
		}
		catch (SQLException ex) {
			throw new RetortException("Reading sequence " + schema + "." + sequence + " failed: " + ex.getMessage(), ex);
		}
	}

	/** One column of a foreign key, as {@code key_column_usage} lists it. */
	private static final class ForeignKeyRow {

		final String table;

		final String name;

		final String column;

		final String referencedTable;

		final String referencedColumn;

		final String deleteRule;

		final String updateRule;

		ForeignKeyRow(ResultSet row) throws SQLException {
			this.table = row.getString(1);
			this.name = row.getString(2);
			this.column = row.getString(3);
			this.referencedTable = row.getString(4);
			this.referencedColumn = row.getString(5);
			this.deleteRule = row.getString(6);
			this.updateRule = row.getString(7);
		}

	}

}
