package dev.retort.platform.postgresql;

import java.sql.Connection;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.retort.autogenerate.introspect.CatalogQueries;
import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.autogenerate.introspect.TableAssembly;
import dev.retort.autogenerate.schema.CheckConditions;
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
import dev.retort.operations.types.Types;

/**
 * PostgreSQL, from {@code pg_catalog}: five queries, whatever the number of tables.
 * <p>
 * A {@code varchar} column with a check constraint that only lists its allowed values is the
 * enum Hibernate maps {@code @Enumerated(STRING)} to; it is read as a
 * {@link ColumnType.Enumerated}, and the check is not listed separately. {@code serial} columns
 * and identity columns are read as identity, without their sequence or default.
 */
final class PostgreSqlSchemaReader implements SchemaReader {

	private static final String TABLES = """
			select c.relname, obj_description(c.oid, 'pg_class')
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
			order by c.relname""";

	private static final String COLUMNS = """
			select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typtype, a.attnotnull,
			       pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(c.oid, a.attnum),
			       case when t.typtype = 'e' then array(select e.enumlabel::text from pg_enum e
			           where e.enumtypid = t.oid order by e.enumsortorder) end
			from pg_attribute a
			join pg_class c on c.oid = a.attrelid
			join pg_namespace n on n.oid = c.relnamespace
			join pg_type t on t.oid = a.atttypid
			left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
			where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
			order by c.relname, a.attnum""";

	private static final String CONSTRAINTS = """
			select c.relname, con.conname, con.contype,
			       array(select a.attname::text from unnest(con.conkey) with ordinality k(num, pos)
			           join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.pos),
			       f.relname,
			       array(select a.attname::text from unnest(con.confkey) with ordinality k(num, pos)
			           join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.pos),
			       con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid)
			from pg_constraint con
			join pg_class c on c.oid = con.conrelid
			join pg_namespace n on n.oid = c.relnamespace
			left join pg_class f on f.oid = con.confrelid
			where n.nspname = ? and con.contype in ('p', 'u', 'f', 'c')
			order by c.relname, con.conname""";

	/** Indexes that back no constraint; expression indexes have a 0 among their keys. */
	private static final String INDEXES = """
			select t.relname, i.relname, ix.indisunique,
			       array(select coalesce(a.attname::text, '') from unnest(ix.indkey) with ordinality k(num, pos)
			           left join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.num order by k.pos),
			       array(select (o.opt & 1)::text from unnest(ix.indoption) with ordinality o(opt, pos) order by o.pos)
			from pg_index ix
			join pg_class i on i.oid = ix.indexrelid
			join pg_class t on t.oid = ix.indrelid
			join pg_namespace n on n.oid = t.relnamespace
			where n.nspname = ? and not exists (select 1 from pg_constraint con where con.conindid = ix.indexrelid
			      and con.conrelid = ix.indrelid)
			order by t.relname, i.relname""";

	/** Sequences that no column owns (serial and identity sequences belong to their column). */
	private static final String SEQUENCES = """
			select c.relname, s.seqstart, s.seqincrement
			from pg_sequence s
			join pg_class c on c.oid = s.seqrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
			      and d.objid = c.oid and d.deptype in ('a', 'i'))
			order by c.relname""";

	@Override
	public Schema read(Connection connection, String schema) {
		TableAssembly assembly = new TableAssembly(UnaryOperator.identity());
		CatalogQueries.forEachRow(connection, TABLES, schema, (row) -> assembly.table(row.getString(1), row.getString(2)));
		CatalogQueries.forEachRow(connection, COLUMNS, schema, (row) -> {
			TableAssembly.Parts parts = assembly.parts(row.getString(1));
			String nativeType = row.getString(3);
			List<String> enumLabels = CatalogQueries.strings(row.getArray(9));
			// A native enum type cannot be created by portable operations: it stays a type by name
			ColumnType type = enumLabels.isEmpty() ? NativeTypes.parse(DatabaseFamily.POSTGRESQL, nativeType)
					: Types.raw(nativeType);
			String defaultSql = row.getString(6);
			boolean identity = !row.getString(7).isEmpty()
					|| (defaultSql != null && defaultSql.startsWith("nextval("));
			parts.columns.add(new Column(row.getString(2), type, nativeType, !row.getBoolean(5),
					identity ? null : DefaultValues.parse(defaultSql, type), identity, row.getString(8)));
		});
		CatalogQueries.forEachRow(connection, CONSTRAINTS, schema, (row) -> {
			TableAssembly.Parts parts = assembly.parts(row.getString(1));
			String name = row.getString(2);
			List<String> columns = CatalogQueries.strings(row.getArray(4));
			switch (row.getString(3)) {
				case "p" -> parts.primaryKey = new PrimaryKey(name, columns);
				case "u" -> parts.uniques.add(new UniqueConstraint(name, columns, true));
				case "f" -> parts.foreignKeys.add(new ForeignKey(name, columns, row.getString(5),
						CatalogQueries.strings(row.getArray(6)), action(row.getString(7)), action(row.getString(8))));
				default -> check(parts, name, columns, row.getString(9));
			}
		});
		CatalogQueries.forEachRow(connection, INDEXES, schema, (row) -> {
			TableAssembly.Parts parts = assembly.parts(row.getString(1));
			List<String> columns = CatalogQueries.strings(row.getArray(4));
			if (parts == null || columns.contains("")) {
				return;
			}
			List<String> descending = CatalogQueries.strings(row.getArray(5));
			TableAssembly.IndexParts index = new TableAssembly.IndexParts(row.getBoolean(3));
			for (int i = 0; i < columns.size(); i++) {
				index.columns.add(new Index.IndexColumn(columns.get(i), "1".equals(descending.get(i))));
			}
			parts.indexes.put(row.getString(2), index);
		});
		CatalogQueries.forEachRow(connection, SEQUENCES, schema,
				(row) -> assembly.sequence(new Sequence(row.getString(1), row.getLong(2), row.getLong(3))));
		return assembly.build();
	}

	/** A check, or the allowed values of an enum column when that is all it says. */
	private static void check(TableAssembly.Parts parts, String name, List<String> columns, String definition) {
		// PostgreSQL prints status in ('A','B') as ((status)::text = ANY ((ARRAY['A', ...])::text[])),
		// and a list of one value as ((status)::text = 'A'::text)
		List<String> values = CheckConditions.columnCheck(definition)
			.map(CheckConditions.ColumnCheck::values)
			.orElse(null);
		if (columns.size() == 1 && values != null) {
			for (int i = 0; i < parts.columns.size(); i++) {
				Column column = parts.columns.get(i);
				if (column.name().equals(columns.get(0)) && column.type() instanceof ColumnType.VarChar varChar
						&& varChar.length() == NativeTypes.ENUM_VARCHAR_LENGTH) {
					parts.columns.set(i, column.withType(new ColumnType.Enumerated(values)));
					return;
				}
			}
		}
		parts.checks.add(new CheckConstraint(name, stripCheck(definition)));
	}

	/** {@code CHECK ((x > 0))} as {@code x > 0}. */
	static String stripCheck(String definition) {
		return CheckConditions.unwrap(definition);
	}

	private static ReferentialAction action(String code) {
		return switch (code) {
			case "c" -> ReferentialAction.CASCADE;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			case "r" -> ReferentialAction.RESTRICT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

}
