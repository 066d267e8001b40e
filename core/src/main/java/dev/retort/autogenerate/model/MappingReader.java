package dev.retort.autogenerate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.unique.CreateTableUniqueDelegate;
import org.hibernate.type.SqlTypes;

import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.DefaultValues;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.NativeTypes;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;
import dev.retort.operations.types.Types;
import dev.retort.platform.DatabasePlatforms;

/**
 * Reads the tables and sequences Hibernate's mapping expects into the neutral model, with the
 * types its dialect gives them.
 * <p>
 * Traps handled here: a unique {@code @Index} is a unique key, not an index; a column's
 * {@code unique = true} is a unique constraint with a generated name, matched by columns; the
 * check Hibernate adds to an {@code @Enumerated(STRING)} column where the database has no enum
 * type makes it an enum type, not a check; column order is the mapping's, never compared.
 */
public final class MappingReader {

	/** How Hibernate writes the check of an enum column: {@code status in ('A','B')}. */
	private static final Pattern ENUM_CHECK = Pattern.compile("\"?([^\" ]+)\"? in \\((.*)\\)", Pattern.DOTALL);

	private MappingReader() {
	}

	/** The schema the mapping expects, with the types of the mapping's own dialect. */
	public static Schema read(Metadata metadata) {
		Dialect dialect = metadata.getDatabase().getDialect();
		DatabaseFamily family = DatabasePlatforms.of(dialect).family();
		HibernateNames names = HibernateNames.of(metadata);
		List<Table> tables = new ArrayList<>();
		for (org.hibernate.mapping.Table table : metadata.collectTableMappings()) {
			if (table.isPhysicalTable() && !table.isView() && !table.isAbstractUnionTable()) {
				tables.add(table(table, metadata, family, names));
			}
		}
		List<Sequence> sequences = new ArrayList<>();
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			namespace.getSequences().forEach((sequence) -> sequences.add(new Sequence(
					names.name(sequence.getName().getSequenceName()), sequence.getInitialValue(),
					sequence.getIncrementSize())));
		}
		return new Schema(tables, sequences);
	}

	private static Table table(org.hibernate.mapping.Table table, Metadata metadata, DatabaseFamily family,
			HibernateNames names) {
		List<Column> columns = new ArrayList<>();
		List<CheckConstraint> checks = new ArrayList<>();
		List<UniqueConstraint> uniques = new ArrayList<>();
		for (org.hibernate.mapping.Column column : table.getColumns()) {
			columns.add(column(column, metadata, family, names, checks));
		}
		table.getChecks().forEach((check) -> checks.add(new CheckConstraint(names.constraintName(check.getName()), check.getConstraint())));
		for (org.hibernate.mapping.UniqueKey uniqueKey : table.getUniqueKeys().values()) {
			uniques.add(new UniqueConstraint(names.constraintName(uniqueKey.getName()), columns(uniqueKey.getColumns(), names),
					uniqueKey.isNameExplicit()));
		}
		// Where Hibernate writes a column's unique with the column (CREATE TABLE), it leaves out a
		// @UniqueConstraint over that column alone, named or not; where it adds unique keys
		// afterwards (MariaDB), one over the same column stands for the column's
		boolean columnUniqueWins = metadata.getDatabase().getDialect().getUniqueDelegate()
				instanceof CreateTableUniqueDelegate;
		for (org.hibernate.mapping.Column column : table.getColumns()) {
			List<String> unique = List.of(names.column(column));
			boolean covered = uniques.stream().anyMatch((candidate) -> candidate.columns().equals(unique));
			if (column.isUnique() && (columnUniqueWins || !covered)) {
				uniques.removeIf((candidate) -> candidate.columns().equals(unique));
				uniques.add(new UniqueConstraint(generatedUniqueName(table, column), unique, false));
			}
		}
		PrimaryKey primaryKey = (table.getPrimaryKey() != null)
				? new PrimaryKey(null, columns(table.getPrimaryKey().getColumns(), names)) : null;
		return new Table(names.table(table), columns, primaryKey, withoutRedundantUniques(uniques), indexes(table, names),
				foreignKeys(table, names), checks,
				table.getComment());
	}

	private static Column column(org.hibernate.mapping.Column column, Metadata metadata, DatabaseFamily family,
			HibernateNames names, List<CheckConstraint> tableChecks) {
		// Read before getSqlType(metadata), which keeps the type it works out as if it were given
		boolean columnDefinition = column.getSqlType() != null;
		String nativeType = column.getSqlType(metadata);
		ColumnDefinition definition = columnDefinition ? ColumnDefinition.parse(nativeType) : null;
		if (definition != null) {
			nativeType = definition.type();
		}
		ColumnType type = NativeTypes.parse(family, nativeType);
		int typeCode = column.getSqlTypeCode(metadata);
		if (!columnDefinition) {
			// The length the mapping gives (a @Column's, 255 by default), not the dialect's default
			// for a large object, which differs from one database to another
			type = portable(type, typeCode, column.getLength());
		}
		if (type instanceof ColumnType.Timestamp timestamp && (typeCode == SqlTypes.TIMESTAMP_UTC
				|| typeCode == SqlTypes.TIMESTAMP_WITH_TIMEZONE)) {
			// MariaDB's datetime holds the UTC time of an Instant: a point in time on every database
			type = new ColumnType.Timestamp(timestamp.precision(), true);
		}
		for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
			Matcher enumCheck = ENUM_CHECK.matcher(check.getConstraint().strip());
			if (check.isAnonymous() && type instanceof ColumnType.VarChar varChar
					&& varChar.length() == NativeTypes.ENUM_VARCHAR_LENGTH && enumCheck.matches()
					&& enumCheck.group(1).equalsIgnoreCase(column.getName())) {
				type = new ColumnType.Enumerated(NativeTypes.quotedValues(enumCheck.group(2)));
			}
			else {
				tableChecks.add(new CheckConstraint(names.constraintName(check.getName()), check.getConstraint()));
			}
		}
		// An @ColumnDefault is taken over a default the definition writes
		String defaultValue = (column.getDefaultValue() == null && definition != null) ? definition.defaultValue()
				: column.getDefaultValue();
		ServerDefault serverDefault = DefaultValues.parse(defaultValue, type);
		boolean nullable = column.isNullable() && !column.isIdentity()
				&& (definition == null || !Boolean.TRUE.equals(definition.notNull()));
		return new Column(names.column(column), type, nativeType, nullable, serverDefault, column.isIdentity(),
				column.getComment());
	}

	/**
	 * The type with the spellings Hibernate itself chooses on the other databases, where they
	 * differ and no portable type covers them all, so that a revision generated on one database
	 * creates on another what Hibernate expects there: a {@code TINYINT} (an ordinal enum) is a
	 * {@code smallint} on PostgreSQL, a {@code CHAR} (a {@code Character}) a {@code varchar} on
	 * MariaDB, a large object ({@code @Lob}) an {@code oid} on PostgreSQL and on MariaDB the size of
	 * text or blob its length calls for.
	 */
	private static ColumnType portable(ColumnType type, int typeCode, Long length) {
		if (typeCode == SqlTypes.TINYINT
				&& (type instanceof ColumnType.SmallInt || (type instanceof ColumnType.Raw raw && raw.sql().equals("tinyint")))) {
			return Types.raw("tinyint").on(DatabaseFamily.POSTGRESQL, "smallint");
		}
		if (typeCode == SqlTypes.CLOB || typeCode == SqlTypes.NCLOB) {
			return Types.raw("clob").on(DatabaseFamily.POSTGRESQL, "oid").on(DatabaseFamily.MARIADB, mariaDbLob("text", length));
		}
		if (typeCode == SqlTypes.BLOB) {
			return Types.raw("blob").on(DatabaseFamily.POSTGRESQL, "oid").on(DatabaseFamily.MARIADB, mariaDbLob("blob", length));
		}
		if (typeCode == SqlTypes.CHAR) {
			Integer chars = (type instanceof ColumnType.VarChar varChar) ? Integer.valueOf(varChar.length())
					: (type instanceof ColumnType.Raw raw && raw.sql().matches("char\\(\\d+\\)"))
							? Integer.valueOf(raw.sql().replaceAll("\\D", "")) : null;
			if (chars != null) {
				return Types.raw("char(" + chars + ")").on(DatabaseFamily.MARIADB, "varchar(" + chars + ")");
			}
		}
		return type;
	}

	/**
	 * The large object type Hibernate's MariaDB dialect chooses for a length: the smallest of
	 * {@code tiny...} (255), plain (65,535), {@code medium...} (16,777,215) and {@code long...}
	 * that holds it; {@code long...} without one.
	 */
	private static String mariaDbLob(String kind, Long length) {
		if (length == null) {
			return "long" + kind;
		}
		if (length <= 255) {
			return "tiny" + kind;
		}
		if (length <= 65_535) {
			return kind;
		}
		return ((length <= 16_777_215) ? "medium" : "long") + kind;
	}

	private static List<Index> indexes(org.hibernate.mapping.Table table, HibernateNames names) {
		List<Index> indexes = new ArrayList<>();
		for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
			Map<org.hibernate.mapping.Column, String> order = index.getColumnOrderMap();
			List<Index.IndexColumn> columns = index.getColumns().stream()
				.map((column) -> new Index.IndexColumn(names.column(column),
						"desc".equalsIgnoreCase(String.valueOf(order.get(column)).strip())))
				.toList();
			indexes.add(new Index(names.indexName(index.getName()), columns, index.isUnique()));
		}
		return indexes;
	}

	private static List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table, HibernateNames names) {
		List<ForeignKey> foreignKeys = new ArrayList<>();
		for (org.hibernate.mapping.ForeignKey foreignKey : table.getForeignKeyCollection()) {
			if (!foreignKey.isCreationEnabled() || !foreignKey.isPhysicalConstraint()) {
				continue;
			}
			org.hibernate.mapping.Table referenced = foreignKey.getReferencedTable();
			List<String> referencedColumns = foreignKey.isReferenceToPrimaryKey()
					? columns(referenced.getPrimaryKey().getColumns(), names)
					: columns(foreignKey.getReferencedColumns(), names);
			foreignKeys.add(new ForeignKey(names.constraintName(foreignKey.getName()), columns(foreignKey.getColumns(), names),
					names.table(referenced),
					referencedColumns, action(foreignKey.getOnDeleteAction()), ReferentialAction.NO_ACTION));
		}
		return foreignKeys;
	}

	private static ReferentialAction action(OnDeleteAction action) {
		if (action == null) {
			return ReferentialAction.NO_ACTION;
		}
		return switch (action) {
			case CASCADE -> ReferentialAction.CASCADE;
			case SET_NULL -> ReferentialAction.SET_NULL;
			case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
			case RESTRICT -> ReferentialAction.RESTRICT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	/**
	 * The unique constraints without those the mapping leaves unnamed over the same columns as
	 * another: Hibernate creates both, PostgreSQL folds two in one {@code CREATE TABLE} into one,
	 * and a second key over the same columns constrains nothing more.
	 */
	private static List<UniqueConstraint> withoutRedundantUniques(List<UniqueConstraint> uniques) {
		List<UniqueConstraint> kept = new ArrayList<>(uniques.stream().filter(UniqueConstraint::nameExplicit).toList());
		for (UniqueConstraint unique : uniques) {
			if (!unique.nameExplicit() && kept.stream().noneMatch((other) -> other.columns().equals(unique.columns()))) {
				kept.add(unique);
			}
		}
		return kept;
	}

	/** A readable name for a constraint Hibernate leaves unnamed: {@code uk_<table>_<column>}. */
	private static String generatedUniqueName(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column) {
		String name = ("uk_" + table.getName() + "_" + column.getName()).toLowerCase(Locale.ROOT);
		return (name.length() > 60) ? name.substring(0, 60) : name;
	}

	private static List<String> columns(List<org.hibernate.mapping.Column> columns, HibernateNames names) {
		return columns.stream().map(names::column).toList();
	}

}
