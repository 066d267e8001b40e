package dev.retort.operations;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.types.ColumnType;

/**
 * Version 1 of the canonical form, frozen: the text that Retort up to this version computed
 * checksums from, kept so that the checksums users' databases hold from then can still be
 * verified. Do not change it, not even to fix it: a change makes those checksums differ. New
 * checksums are of the current {@link CanonicalForm}.
 * <p>
 * Version 1 was not written out: it was read from the operation records by reflection, each
 * record as its class's name and its components' names and values in declaration order, so
 * renaming a Java field changed it. This class writes the same text with every name spelt out,
 * as the records were named when the form was frozen; Java names may change freely now. Its
 * rules:
 * <ul>
 * <li>a record is written {@code Operation.AddColumn{table=ObjectName{name="user"}, ...}}, its
 * fields in declaration order, a field holding {@code null} left out, every other field written
 * (a {@code false}, a {@code 0} and an empty list too);
 * <li>strings are quoted, with {@code "}, {@code \}, newline, carriage return and tab escaped by
 * a backslash; other characters as they are;
 * <li>enum constants by their names; whole numbers in decimal; other numbers as the plain text
 * of their decimal value without trailing zeros;
 * <li>an inserted row's values: maps with their entries sorted by key, lists, {@code 0x}
 * followed by hex digits for bytes, and anything else as its class's simple name, a colon and
 * its {@code toString()} quoted ({@code UUID:"..."}, {@code LocalDate:"2024-01-02"});
 * <li>raw SQL with runs of whitespace made one space and trailing semicolons dropped; a JDBC
 * callback as its description.
 * </ul>
 * Two things version 1 did cannot be repeated, and cannot have been recorded: a record of the
 * application's own passed as a value of an inserted row was read by reflection (no JDBC driver
 * binds one), and a row value of {@code NaN} or infinity made the checksum fail. Both are
 * written here so that they match no version 1 checksum. An operation added after version 1 is
 * written as {@link #UNKNOWN}, which no version 1 checksum holds either.
 */
final class CanonicalFormV1 implements Operation.Visitor<Void> {

	/** How an operation that version 1 did not have is written: a revision using it changed. */
	static final String UNKNOWN = "(not in version 1)";

	private final StringBuilder text = new StringBuilder();

	private CanonicalFormV1() {
	}

	/** The version 1 text of the operations, one per line. */
	static String of(List<Operation> operations) {
		CanonicalFormV1 form = new CanonicalFormV1();
		for (Operation operation : operations) {
			operation.accept(form);
			form.text.append('\n');
		}
		return form.text.toString();
	}

	@Override
	public Void createTable(Operation.CreateTable op) {
		Struct struct = struct("Operation.CreateTable").name("table", op.table());
		struct.key("columns");
		list(op.columns(), this::column);
		struct.key("constraints");
		list(op.constraints(), this::constraint);
		struct.end();
		return null;
	}

	@Override
	public Void dropTable(Operation.DropTable op) {
		struct("Operation.DropTable").name("table", op.table()).end();
		return null;
	}

	@Override
	public Void renameTable(Operation.RenameTable op) {
		struct("Operation.RenameTable").name("table", op.table()).string("newName", op.newName()).end();
		return null;
	}

	@Override
	public Void addColumn(Operation.AddColumn op) {
		Struct struct = struct("Operation.AddColumn").name("table", op.table());
		struct.key("column");
		column(op.column());
		struct.end();
		return null;
	}

	@Override
	public Void dropColumn(Operation.DropColumn op) {
		struct("Operation.DropColumn").name("table", op.table()).string("column", op.column()).end();
		return null;
	}

	@Override
	public Void alterColumn(Operation.AlterColumn op) {
		struct("Operation.AlterColumn").name("table", op.table())
			.string("column", op.column())
			.string("newName", op.newName())
			.type("type", op.type())
			.bool("nullable", op.nullable())
			.serverDefault("serverDefault", op.serverDefault())
			.string("comment", op.comment())
			.bool("identity", op.identity())
			.string("using", op.using())
			.type("existingType", op.existingType())
			.bool("existingNullable", op.existingNullable())
			.serverDefault("existingServerDefault", op.existingServerDefault())
			.string("existingComment", op.existingComment())
			.bool("existingIdentity", op.existingIdentity())
			.end();
		return null;
	}

	@Override
	public Void createIndex(Operation.CreateIndex op) {
		struct("Operation.CreateIndex").string("name", op.name())
			.name("table", op.table())
			.strings("columns", op.columns())
			.bool("isUnique", op.isUnique())
			.bool("isConcurrent", op.isConcurrent())
			.end();
		return null;
	}

	@Override
	public Void dropIndex(Operation.DropIndex op) {
		struct("Operation.DropIndex").string("name", op.name())
			.name("table", op.table())
			.bool("isConcurrent", op.isConcurrent())
			.end();
		return null;
	}

	@Override
	public Void addConstraint(Operation.AddConstraint op) {
		Struct struct = struct("Operation.AddConstraint").name("table", op.table());
		struct.key("constraint");
		constraint(op.constraint());
		struct.end();
		return null;
	}

	@Override
	public Void dropConstraint(Operation.DropConstraint op) {
		struct("Operation.DropConstraint").name("table", op.table())
			.string("name", op.name())
			.atom("kind", constraintKind(op.kind()))
			.end();
		return null;
	}

	@Override
	public Void createSequence(Operation.CreateSequence op) {
		struct("Operation.CreateSequence").name("sequence", op.sequence())
			.number("start", op.start())
			.number("increment", op.increment())
			.end();
		return null;
	}

	@Override
	public Void dropSequence(Operation.DropSequence op) {
		struct("Operation.DropSequence").name("sequence", op.sequence()).end();
		return null;
	}

	@Override
	public Void setTableComment(Operation.SetTableComment op) {
		struct("Operation.SetTableComment").name("table", op.table()).string("comment", op.comment()).end();
		return null;
	}

	@Override
	public Void bulkInsert(Operation.BulkInsert op) {
		Struct struct = struct("Operation.BulkInsert").name("table", op.table());
		struct.key("rows");
		list(op.rows(), this::value);
		struct.end();
		return null;
	}

	@Override
	public Void executeSql(Operation.ExecuteSql op) {
		struct("Operation.ExecuteSql").string("sql", normalizeSql(op.sql())).end();
		return null;
	}

	@Override
	public Void runJdbc(Operation.RunJdbc op) {
		struct("Operation.RunJdbc").string("description", op.description()).end();
		return null;
	}

	private void column(ColumnDef column) {
		struct("ColumnDef").string("name", column.name())
			.type("type", column.type())
			.bool("nullable", column.nullable())
			.serverDefault("serverDefault", column.serverDefault())
			.bool("isPrimaryKey", column.isPrimaryKey())
			.bool("isIdentity", column.isIdentity())
			.string("comment", column.comment())
			.end();
	}

	private void constraint(Constraint constraint) {
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			struct("Constraint.PrimaryKey").string("name", primaryKey.name())
				.strings("columns", primaryKey.columns())
				.end();
		}
		else if (constraint instanceof Constraint.Unique unique) {
			struct("Constraint.Unique").string("name", unique.name()).strings("columns", unique.columns()).end();
		}
		else if (constraint instanceof Constraint.ForeignKey foreignKey) {
			struct("Constraint.ForeignKey").string("name", foreignKey.name())
				.strings("columns", foreignKey.columns())
				.name("referencedTable", foreignKey.referencedTable())
				.strings("referencedColumns", foreignKey.referencedColumns())
				.atom("onDelete", referentialAction(foreignKey.onDelete()))
				.atom("onUpdate", referentialAction(foreignKey.onUpdate()))
				.end();
		}
		else if (constraint instanceof Constraint.Check check) {
			struct("Constraint.Check").string("name", check.name()).string("condition", check.condition()).end();
		}
		else {
			this.text.append(UNKNOWN);
		}
	}

	private void type(ColumnType type) {
		if (type instanceof ColumnType.VarChar varChar) {
			struct("ColumnType.VarChar").number("length", varChar.length()).end();
		}
		else if (type instanceof ColumnType.Text) {
			struct("ColumnType.Text").end();
		}
		else if (type instanceof ColumnType.Bool) {
			struct("ColumnType.Bool").end();
		}
		else if (type instanceof ColumnType.SmallInt) {
			struct("ColumnType.SmallInt").end();
		}
		else if (type instanceof ColumnType.Int) {
			struct("ColumnType.Int").end();
		}
		else if (type instanceof ColumnType.BigInt) {
			struct("ColumnType.BigInt").end();
		}
		else if (type instanceof ColumnType.Decimal decimal) {
			struct("ColumnType.Decimal").number("precision", decimal.precision()).number("scale", decimal.scale()).end();
		}
		else if (type instanceof ColumnType.Real) {
			struct("ColumnType.Real").end();
		}
		else if (type instanceof ColumnType.DoublePrecision) {
			struct("ColumnType.DoublePrecision").end();
		}
		else if (type instanceof ColumnType.Date) {
			struct("ColumnType.Date").end();
		}
		else if (type instanceof ColumnType.Time time) {
			struct("ColumnType.Time").number("precision", time.precision()).end();
		}
		else if (type instanceof ColumnType.Timestamp timestamp) {
			struct("ColumnType.Timestamp").number("precision", timestamp.precision())
				.bool("withTimeZone", timestamp.withTimeZone())
				.end();
		}
		else if (type instanceof ColumnType.Uuid) {
			struct("ColumnType.Uuid").end();
		}
		else if (type instanceof ColumnType.Binary binary) {
			struct("ColumnType.Binary").number("length", binary.length()).end();
		}
		else if (type instanceof ColumnType.VarBinary varBinary) {
			struct("ColumnType.VarBinary").number("length", varBinary.length()).end();
		}
		else if (type instanceof ColumnType.Blob) {
			struct("ColumnType.Blob").end();
		}
		else if (type instanceof ColumnType.Json) {
			struct("ColumnType.Json").end();
		}
		else if (type instanceof ColumnType.Enumerated enumerated) {
			struct("ColumnType.Enumerated").strings("values", enumerated.values()).end();
		}
		else if (type instanceof ColumnType.Raw raw) {
			Struct struct = struct("ColumnType.Raw").string("sql", raw.sql());
			struct.key("perFamily");
			Map<String, Object> perFamily = new TreeMap<>();
			raw.perFamily().forEach((family, sql) -> perFamily.put(family(family), sql));
			map(perFamily);
			struct.end();
		}
		else {
			this.text.append(UNKNOWN);
		}
	}

	private void serverDefault(ServerDefault serverDefault) {
		if (serverDefault instanceof ServerDefault.Expression expression) {
			struct("ServerDefault.Expression").string("sql", expression.sql()).end();
		}
		else if (serverDefault instanceof ServerDefault.Text text) {
			struct("ServerDefault.Text").string("value", text.value()).end();
		}
		else if (serverDefault instanceof ServerDefault.Bool bool) {
			struct("ServerDefault.Bool").bool("value", bool.value()).end();
		}
		else if (serverDefault instanceof ServerDefault.Numeric numeric) {
			Struct struct = struct("ServerDefault.Numeric");
			struct.key("value");
			value(numeric.value());
			struct.end();
		}
		else if (serverDefault instanceof ServerDefault.None) {
			struct("ServerDefault.None").end();
		}
		else {
			this.text.append(UNKNOWN);
		}
	}

	/** The names version 1 gave the constants: those they had then. */
	private static String referentialAction(ReferentialAction action) {
		if (action == null) {
			return null;
		}
		return switch (action) {
			case NO_ACTION -> "NO_ACTION";
			case RESTRICT -> "RESTRICT";
			case CASCADE -> "CASCADE";
			case SET_NULL -> "SET_NULL";
			case SET_DEFAULT -> "SET_DEFAULT";
		};
	}

	private static String constraintKind(ConstraintKind kind) {
		return switch (kind) {
			case PRIMARY_KEY -> "PRIMARY_KEY";
			case UNIQUE -> "UNIQUE";
			case FOREIGN_KEY -> "FOREIGN_KEY";
			case CHECK -> "CHECK";
		};
	}

	private static String family(DatabaseFamily family) {
		return switch (family) {
			case POSTGRESQL -> "POSTGRESQL";
			case MARIADB -> "MARIADB";
			case H2 -> "H2";
			case OTHER -> "OTHER";
		};
	}

	/** A value of an inserted row, or a part of one. */
	private void value(Object value) {
		if (value instanceof String string) {
			string(string);
		}
		else if (value instanceof Boolean) {
			this.text.append(value);
		}
		else if (value instanceof Enum<?>) {
			// The application's enum, as its toString() gives it
			this.text.append(value);
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			this.text.append(((Number) value).longValue());
		}
		else if (value instanceof Number number) {
			number(number);
		}
		else if (value instanceof List<?> list) {
			list(list, this::value);
		}
		else if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			map.forEach((key, entry) -> sorted.put(String.valueOf(key), entry));
			map(sorted);
		}
		else if (value instanceof byte[] bytes) {
			this.text.append("0x");
			for (byte b : bytes) {
				this.text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
			}
		}
		else if (value == null) {
			this.text.append("null");
		}
		else if (value instanceof Record) {
			// Version 1 read the record's components by reflection; see the class comment
			this.text.append(UNKNOWN);
		}
		else {
			this.text.append(value.getClass().getSimpleName()).append(':');
			string(value.toString());
		}
	}

	private void number(Number number) {
		try {
			this.text.append(new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
		}
		catch (NumberFormatException ex) {
			// NaN or infinity, which failed the checksum in version 1; see the class comment
			this.text.append(UNKNOWN);
		}
	}

	private void map(Map<String, Object> sorted) {
		this.text.append('{');
		boolean first = true;
		for (Map.Entry<String, Object> entry : sorted.entrySet()) {
			if (!first) {
				this.text.append(", ");
			}
			first = false;
			string(entry.getKey());
			this.text.append('=');
			value(entry.getValue());
		}
		this.text.append('}');
	}

	private <T> void list(List<T> values, java.util.function.Consumer<T> writer) {
		this.text.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.text.append(", ");
			}
			writer.accept(values.get(i));
		}
		this.text.append(']');
	}

	private void string(String value) {
		this.text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> this.text.append("\\\"");
				case '\\' -> this.text.append("\\\\");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				case '\t' -> this.text.append("\\t");
				default -> this.text.append(c);
			}
		}
		this.text.append('"');
	}

	/** Runs of whitespace become one space; surrounding whitespace and trailing semicolons go. */
	private static String normalizeSql(String sql) {
		String collapsed = sql.strip().replaceAll("\\s+", " ");
		int end = collapsed.length();
		while (end > 0 && (collapsed.charAt(end - 1) == ';' || collapsed.charAt(end - 1) == ' ')) {
			end--;
		}
		return collapsed.substring(0, end);
	}

	private Struct struct(String name) {
		this.text.append(name).append('{');
		return new Struct();
	}

	/** The fields of one record being written, {@code null}s left out. */
	private final class Struct {

		private boolean first = true;

		void key(String field) {
			if (!this.first) {
				CanonicalFormV1.this.text.append(", ");
			}
			this.first = false;
			CanonicalFormV1.this.text.append(field).append('=');
		}

		Struct string(String field, String value) {
			if (value != null) {
				key(field);
				CanonicalFormV1.this.string(value);
			}
			return this;
		}

		Struct atom(String field, String value) {
			if (value != null) {
				key(field);
				CanonicalFormV1.this.text.append(value);
			}
			return this;
		}

		Struct bool(String field, Boolean value) {
			if (value != null) {
				key(field);
				CanonicalFormV1.this.text.append(value.booleanValue());
			}
			return this;
		}

		Struct number(String field, long value) {
			key(field);
			CanonicalFormV1.this.text.append(value);
			return this;
		}

		Struct strings(String field, List<String> values) {
			key(field);
			list(values, CanonicalFormV1.this::string);
			return this;
		}

		Struct name(String field, ObjectName name) {
			if (name != null) {
				key(field);
				struct("ObjectName").string("schema", name.schema()).string("name", name.name()).end();
			}
			return this;
		}

		Struct type(String field, ColumnType type) {
			if (type != null) {
				key(field);
				CanonicalFormV1.this.type(type);
			}
			return this;
		}

		Struct serverDefault(String field, ServerDefault serverDefault) {
			if (serverDefault != null) {
				key(field);
				CanonicalFormV1.this.serverDefault(serverDefault);
			}
			return this;
		}

		void end() {
			CanonicalFormV1.this.text.append('}');
		}

	}

}
