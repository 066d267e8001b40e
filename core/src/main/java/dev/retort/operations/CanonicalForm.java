package dev.retort.operations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.types.ColumnType;

/**
 * The text a revision's checksum is computed from, in version {@value #VERSION}: each recorded
 * operation written out with its canonical name and its fields, independent of any database,
 * dialect, Hibernate version or class file.
 * <p>
 * This class is the form's definition, a contract with every database Retort has migrated:
 * every name written is spelt out here, in a fixed order, and none is read from the Java classes,
 * so renaming an operation record or one of its components, or reordering them, changes nothing.
 * Changing what is written here changes the checksum of every revision using it, which each
 * database would then report as changed: do not, but write a new version beside this one (see
 * {@link Checksums}, which keeps verifying the checksums recorded under earlier versions, and
 * {@link CanonicalFormV1}). Adding a field is the exception, when it is written only when used:
 * the revisions written before it do not use it. {@code ChecksumsTest} pins the checksums of a
 * fixed corpus of revisions to catch any change. Adding an operation breaks the compilation of
 * this class until its form is written, as it does for the renderers; adding a column type,
 * constraint or default fails {@code ChecksumsTest} until its form is written and the corpus
 * uses it.
 * <p>
 * The rules:
 * <ul>
 * <li>an operation or a part of one is written as its name and its fields in braces:
 * {@code add_column{table=object{name="user"}, column=column{name="email", type=varchar{length=255}}}};
 * <li>a field is left out when it holds {@code null}, {@code false} or an empty list or map: the
 * value of an option not used, so that an option added later, absent from the revisions written
 * before it, leaves their checksums as they were. Numbers (lengths, precisions, a sequence's
 * start) are always written;
 * <li>strings are quoted; {@code "} and {@code \} are escaped with a backslash, control
 * characters and unpaired surrogates as {@code \}{@code uXXXX}; every other character is written
 * as it is, and the text is hashed as UTF-8;
 * <li>raw SQL ({@code op.sql}) has its runs of whitespace made one space and its trailing
 * semicolons dropped; SQL in other places (defaults, checks, {@code USING}, raw types) is
 * written as it is. A JDBC callback contributes its description only, as the code itself cannot
 * be seen: changing a callback's body without its description goes unnoticed;
 * <li>an inserted row is written as a map, its entries sorted by column name so that the order
 * a row was written in does not count. Its values: {@code null}; strings; {@code true} and
 * {@code false}; numbers as the plain text of their decimal value without trailing zeros
 * ({@code 1}, {@code 1L} and {@code 1.0} are one value, as the database stores them), with
 * {@code NaN}, {@code Infinity} and {@code -Infinity} as Java writes them; bytes as {@code 0x}
 * and lowercase hex digits; lists and arrays in brackets; maps as rows are; enum constants as
 * {@code enum:"NAME"}; anything else (UUIDs, {@code java.time} values, driver objects) as its
 * class's simple name, a colon and its {@code toString()} quoted.
 * </ul>
 */
public final class CanonicalForm {

	/** The version of the form this class writes, which every checksum of it names. */
	public static final int VERSION = 2;

	private CanonicalForm() {
	}

	/** The canonical text of the operations, one per line. */
	public static String of(List<Operation> operations) {
		Writer writer = new Writer();
		for (Operation operation : operations) {
			operation.accept(writer);
			writer.text.append('\n');
		}
		return writer.text.toString();
	}

	/** The canonical text of one operation. */
	public static String of(Operation operation) {
		Writer writer = new Writer();
		operation.accept(writer);
		return writer.text.toString();
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

	/** Writes the operations it visits; one per revision, not thread-safe. */
	private static final class Writer implements Operation.Visitor<Void> {

		private final StringBuilder text = new StringBuilder();

		@Override
		public Void createTable(Operation.CreateTable op) {
			struct("create_table").name("table", op.table())
				.list("columns", op.columns(), this::column)
				.list("constraints", op.constraints(), this::constraint)
				.end();
			return null;
		}

		@Override
		public Void dropTable(Operation.DropTable op) {
			struct("drop_table").name("table", op.table()).end();
			return null;
		}

		@Override
		public Void renameTable(Operation.RenameTable op) {
			struct("rename_table").name("table", op.table()).string("new_name", op.newName()).end();
			return null;
		}

		@Override
		public Void addColumn(Operation.AddColumn op) {
			struct("add_column").name("table", op.table()).part("column", op.column(), this::column).end();
			return null;
		}

		@Override
		public Void dropColumn(Operation.DropColumn op) {
			struct("drop_column").name("table", op.table()).string("column", op.column()).end();
			return null;
		}

		@Override
		public Void alterColumn(Operation.AlterColumn op) {
			struct("alter_column").name("table", op.table())
				.string("column", op.column())
				.string("new_name", op.newName())
				.part("type", op.type(), this::type)
				.bool("nullable", op.nullable())
				.part("server_default", op.serverDefault(), this::serverDefault)
				.string("comment", op.comment())
				.bool("identity", op.identity())
				.string("using", op.using())
				.part("existing_type", op.existingType(), this::type)
				.bool("existing_nullable", op.existingNullable())
				.part("existing_server_default", op.existingServerDefault(), this::serverDefault)
				.string("existing_comment", op.existingComment())
				.bool("existing_identity", op.existingIdentity())
				.end();
			return null;
		}

		@Override
		public Void createIndex(Operation.CreateIndex op) {
			struct("create_index").string("name", op.name())
				.name("table", op.table())
				.strings("columns", op.columns())
				.flag("unique", op.isUnique())
				.flag("concurrently", op.isConcurrent())
				.end();
			return null;
		}

		@Override
		public Void dropIndex(Operation.DropIndex op) {
			struct("drop_index").string("name", op.name())
				.name("table", op.table())
				.flag("concurrently", op.isConcurrent())
				.end();
			return null;
		}

		@Override
		public Void addConstraint(Operation.AddConstraint op) {
			struct("add_constraint").name("table", op.table())
				.part("constraint", op.constraint(), this::constraint)
				.end();
			return null;
		}

		@Override
		public Void dropConstraint(Operation.DropConstraint op) {
			struct("drop_constraint").name("table", op.table())
				.string("name", op.name())
				.atom("kind", constraintKind(op.kind()))
				.end();
			return null;
		}

		@Override
		public Void createSequence(Operation.CreateSequence op) {
			struct("create_sequence").name("sequence", op.sequence())
				.number("start", op.start())
				.number("increment", op.increment())
				.end();
			return null;
		}

		@Override
		public Void dropSequence(Operation.DropSequence op) {
			struct("drop_sequence").name("sequence", op.sequence()).end();
			return null;
		}

		@Override
		public Void setTableComment(Operation.SetTableComment op) {
			struct("set_table_comment").name("table", op.table()).string("comment", op.comment()).end();
			return null;
		}

		@Override
		public Void bulkInsert(Operation.BulkInsert op) {
			struct("bulk_insert").name("table", op.table()).list("rows", op.rows(), this::value).end();
			return null;
		}

		@Override
		public Void executeSql(Operation.ExecuteSql op) {
			struct("sql").string("sql", normalizeSql(op.sql())).end();
			return null;
		}

		@Override
		public Void runJdbc(Operation.RunJdbc op) {
			struct("jdbc").string("description", op.description()).end();
			return null;
		}

		private void column(ColumnDef column) {
			struct("column").string("name", column.name())
				.part("type", column.type(), this::type)
				.flag("not_null", !column.nullable())
				.part("server_default", column.serverDefault(), this::serverDefault)
				.flag("primary_key", column.isPrimaryKey())
				.flag("identity", column.isIdentity())
				.string("comment", column.comment())
				.end();
		}

		private void constraint(Constraint constraint) {
			if (constraint instanceof Constraint.PrimaryKey primaryKey) {
				struct("primary_key").string("name", primaryKey.name()).strings("columns", primaryKey.columns()).end();
			}
			else if (constraint instanceof Constraint.Unique unique) {
				struct("unique").string("name", unique.name()).strings("columns", unique.columns()).end();
			}
			else if (constraint instanceof Constraint.ForeignKey foreignKey) {
				struct("foreign_key").string("name", foreignKey.name())
					.strings("columns", foreignKey.columns())
					.name("references", foreignKey.referencedTable())
					.strings("referenced_columns", foreignKey.referencedColumns())
					.atom("on_delete", referentialAction(foreignKey.onDelete()))
					.atom("on_update", referentialAction(foreignKey.onUpdate()))
					.end();
			}
			else if (constraint instanceof Constraint.Check check) {
				struct("check").string("name", check.name()).string("condition", check.condition()).end();
			}
			else {
				throw new IllegalStateException(unwritten(constraint));
			}
		}

		private void type(ColumnType type) {
			if (type instanceof ColumnType.VarChar varChar) {
				struct("varchar").number("length", varChar.length()).end();
			}
			else if (type instanceof ColumnType.Text) {
				struct("text").end();
			}
			else if (type instanceof ColumnType.Bool) {
				struct("bool").end();
			}
			else if (type instanceof ColumnType.SmallInt) {
				struct("smallint").end();
			}
			else if (type instanceof ColumnType.Int) {
				struct("int").end();
			}
			else if (type instanceof ColumnType.BigInt) {
				struct("bigint").end();
			}
			else if (type instanceof ColumnType.Decimal decimal) {
				struct("decimal").number("precision", decimal.precision()).number("scale", decimal.scale()).end();
			}
			else if (type instanceof ColumnType.Real) {
				struct("real").end();
			}
			else if (type instanceof ColumnType.DoublePrecision) {
				struct("double").end();
			}
			else if (type instanceof ColumnType.Date) {
				struct("date").end();
			}
			else if (type instanceof ColumnType.Time time) {
				struct("time").number("precision", time.precision()).end();
			}
			else if (type instanceof ColumnType.Timestamp timestamp) {
				struct("timestamp").number("precision", timestamp.precision())
					.flag("with_time_zone", timestamp.withTimeZone())
					.end();
			}
			else if (type instanceof ColumnType.Uuid) {
				struct("uuid").end();
			}
			else if (type instanceof ColumnType.Binary binary) {
				struct("binary").number("length", binary.length()).end();
			}
			else if (type instanceof ColumnType.VarBinary varBinary) {
				struct("varbinary").number("length", varBinary.length()).end();
			}
			else if (type instanceof ColumnType.Blob) {
				struct("blob").end();
			}
			else if (type instanceof ColumnType.Json) {
				struct("json").end();
			}
			else if (type instanceof ColumnType.Enumerated enumerated) {
				struct("enum").strings("values", enumerated.values()).end();
			}
			else if (type instanceof ColumnType.Raw raw) {
				Map<String, Object> perDatabase = new TreeMap<>();
				raw.perFamily().forEach((family, sql) -> perDatabase.put(family(family), sql));
				struct("raw").string("sql", raw.sql()).map("per_database", perDatabase).end();
			}
			else {
				throw new IllegalStateException(unwritten(type));
			}
		}

		private void serverDefault(ServerDefault serverDefault) {
			if (serverDefault instanceof ServerDefault.Expression expression) {
				struct("expression").string("sql", expression.sql()).end();
			}
			else if (serverDefault instanceof ServerDefault.Text text) {
				struct("string").string("value", text.value()).end();
			}
			else if (serverDefault instanceof ServerDefault.Bool bool) {
				struct("boolean").atom("value", String.valueOf(bool.value())).end();
			}
			else if (serverDefault instanceof ServerDefault.Numeric numeric) {
				struct("number").atom("value", decimal(numeric.value())).end();
			}
			else if (serverDefault instanceof ServerDefault.None) {
				struct("none").end();
			}
			else {
				throw new IllegalStateException(unwritten(serverDefault));
			}
		}

		private static String unwritten(Object part) {
			return "The canonical form has no name for " + part + "; write one in CanonicalForm and add it to"
					+ " ChecksumsTest's corpus";
		}

		private static String referentialAction(ReferentialAction action) {
			if (action == null) {
				return null;
			}
			return switch (action) {
				case NO_ACTION -> "no_action";
				case RESTRICT -> "restrict";
				case CASCADE -> "cascade";
				case SET_NULL -> "set_null";
				case SET_DEFAULT -> "set_default";
			};
		}

		private static String constraintKind(ConstraintKind kind) {
			return switch (kind) {
				case PRIMARY_KEY -> "primary_key";
				case UNIQUE -> "unique";
				case FOREIGN_KEY -> "foreign_key";
				case CHECK -> "check";
			};
		}

		private static String family(DatabaseFamily family) {
			return switch (family) {
				case POSTGRESQL -> "postgresql";
				case MARIADB -> "mariadb";
				case H2 -> "h2";
				case OTHER -> "other";
			};
		}

		/** A value of an inserted row, or a part of one. */
		private void value(Object value) {
			if (value == null) {
				this.text.append("null");
			}
			else if (value instanceof String string) {
				string(string);
			}
			else if (value instanceof Boolean bool) {
				this.text.append(bool.booleanValue());
			}
			else if (value instanceof Integer || value instanceof Long || value instanceof Short
					|| value instanceof Byte) {
				this.text.append(((Number) value).longValue());
			}
			else if (value instanceof Double || value instanceof Float) {
				double number = ((Number) value).doubleValue();
				// Float's own text, not the double it widens to: 0.1f is written 0.1
				this.text.append(Double.isFinite(number) ? decimal(new BigDecimal(value.toString()))
						: Double.toString(number));
			}
			else if (value instanceof BigDecimal decimal) {
				this.text.append(decimal(decimal));
			}
			else if (value instanceof BigInteger integer) {
				this.text.append(integer);
			}
			else if (value instanceof Map<?, ?> map) {
				Map<String, Object> sorted = new TreeMap<>();
				map.forEach((key, entry) -> sorted.put(String.valueOf(key), entry));
				map(sorted);
			}
			else if (value instanceof List<?> list) {
				list(list, this::value);
			}
			else if (value instanceof byte[] bytes) {
				this.text.append("0x");
				for (byte b : bytes) {
					this.text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
				}
			}
			else if (value instanceof Object[] array) {
				list(Arrays.asList(array), this::value);
			}
			else if (value instanceof Enum<?> constant) {
				this.text.append("enum:");
				string(constant.name());
			}
			else {
				this.text.append(value.getClass().getSimpleName()).append(':');
				string(arrayText(value));
			}
		}

		/** An array's elements, not its identity, which {@code toString()} would give. */
		private static String arrayText(Object value) {
			if (value instanceof int[] array) {
				return Arrays.toString(array);
			}
			if (value instanceof long[] array) {
				return Arrays.toString(array);
			}
			if (value instanceof short[] array) {
				return Arrays.toString(array);
			}
			if (value instanceof double[] array) {
				return Arrays.toString(array);
			}
			if (value instanceof float[] array) {
				return Arrays.toString(array);
			}
			if (value instanceof boolean[] array) {
				return Arrays.toString(array);
			}
			if (value instanceof char[] array) {
				return Arrays.toString(array);
			}
			return value.toString();
		}

		private static String decimal(BigDecimal value) {
			return value.stripTrailingZeros().toPlainString();
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

		private <T> void list(List<T> values, Consumer<? super T> writer) {
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
				if (c == '"' || c == '\\') {
					this.text.append('\\').append(c);
				}
				else if (Character.isISOControl(c) || unpairedSurrogate(value, i)) {
					this.text.append(String.format("\\u%04x", (int) c));
				}
				else {
					this.text.append(c);
				}
			}
			this.text.append('"');
		}

		/** A surrogate without its other half, which UTF-8 cannot encode (it would become "?"). */
		private static boolean unpairedSurrogate(String value, int i) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
			}
			if (Character.isLowSurrogate(c)) {
				return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
			}
			return false;
		}

		private Struct struct(String name) {
			this.text.append(name).append('{');
			return new Struct();
		}

		/** The fields of one operation or part being written; those not used are left out. */
		private final class Struct {

			private boolean first = true;

			private void key(String field) {
				if (!this.first) {
					Writer.this.text.append(", ");
				}
				this.first = false;
				Writer.this.text.append(field).append('=');
			}

			Struct string(String field, String value) {
				if (value != null) {
					key(field);
					Writer.this.string(value);
				}
				return this;
			}

			/** A word of the form's own, written unquoted: {@code kind=unique}. */
			Struct atom(String field, String value) {
				if (value != null) {
					key(field);
					Writer.this.text.append(value);
				}
				return this;
			}

			/** An option: written only when on. */
			Struct flag(String field, boolean value) {
				if (value) {
					key(field);
					Writer.this.text.append(true);
				}
				return this;
			}

			/** A change that may be asked for either way: written when asked for. */
			Struct bool(String field, Boolean value) {
				if (value != null) {
					key(field);
					Writer.this.text.append(value.booleanValue());
				}
				return this;
			}

			Struct number(String field, long value) {
				key(field);
				Writer.this.text.append(value);
				return this;
			}

			Struct strings(String field, List<String> values) {
				return list(field, values, Writer.this::string);
			}

			<T> Struct list(String field, List<T> values, Consumer<? super T> writer) {
				if (!values.isEmpty()) {
					key(field);
					Writer.this.list(values, writer);
				}
				return this;
			}

			Struct map(String field, Map<String, Object> sorted) {
				if (!sorted.isEmpty()) {
					key(field);
					Writer.this.map(sorted);
				}
				return this;
			}

			Struct name(String field, ObjectName name) {
				if (name != null) {
					key(field);
					struct("object").string("schema", name.schema()).string("name", name.name()).end();
				}
				return this;
			}

			<T> Struct part(String field, T value, Consumer<? super T> writer) {
				if (value != null) {
					key(field);
					writer.accept(value);
				}
				return this;
			}

			void end() {
				Writer.this.text.append('}');
			}

		}

	}

}
