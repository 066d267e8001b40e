package dev.retort.operations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text a revision's checksum is computed from: each recorded operation written out with
 * its type and the values of its fields, independent of any database, dialect, Hibernate version
 * or class file.
 * <p>
 * Operations and their parts are records, written field by field in declaration order as
 * {@code Operation.AddColumn{table=ObjectName{name="user"}, column=...}}. Fields that are
 * {@code null} are left out, so a field added later in a backward-compatible way (absent in old
 * revisions) does not change their checksums. Raw SQL is normalised (runs of whitespace to one
 * space, trailing semicolons dropped). A JDBC callback contributes its description only, as the
 * code itself cannot be seen: changing a callback's body without its description goes unnoticed.
 * <p>
 * The form is a contract: renaming an operation record or one of its fields changes the
 * checksum of every revision using it. {@code ChecksumsTest} pins known values to catch that.
 */
public final class CanonicalForm {

	/**
	 * Each record type's name and components, read once per class for the life of the class:
	 * {@link Class#getRecordComponents()} builds them anew on every call, which made
	 * checksumming 1,000 revisions at start-up take tens of milliseconds, and read once per
	 * command they still cost a command with a few revisions half a millisecond. A shape is a
	 * fact of its class that never changes, and a {@link ClassValue} lets the class unload.
	 */
	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {

		@Override
		protected Shape computeValue(Class<?> type) {
			return shapeOf(type);
		}

	};

	/** A writer; it keeps no state, the record types' shapes being shared (see {@link #SHAPES}). */
	public CanonicalForm() {
	}

	/** The canonical text of the operations, one per line. */
	public static String of(List<Operation> operations) {
		return new CanonicalForm().text(operations);
	}

	/** The canonical text of one operation. */
	public static String of(Operation operation) {
		StringBuilder text = new StringBuilder();
		new CanonicalForm().write(operation, text);
		return text.toString();
	}

	/** The canonical text of the operations, one per line, as {@link #of(List)}. */
	public String text(List<Operation> operations) {
		StringBuilder text = new StringBuilder();
		for (Operation operation : operations) {
			write(operation, text);
			text.append('\n');
		}
		return text.toString();
	}

	private void write(Object value, StringBuilder text) {
		if (value instanceof Operation.ExecuteSql executeSql) {
			text.append("Operation.ExecuteSql{sql=");
			string(normalizeSql(executeSql.sql()), text);
			text.append('}');
		}
		else if (value instanceof Operation.RunJdbc runJdbc) {
			text.append("Operation.RunJdbc{description=");
			string(runJdbc.description(), text);
			text.append('}');
		}
		else if (value instanceof Record record) {
			writeRecord(record, text);
		}
		else if (value instanceof String string) {
			string(string, text);
		}
		else if (value instanceof Boolean || value instanceof Enum<?>) {
			text.append(value);
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			// What the decimal form below gives for a whole number, without parsing it back
			text.append(((Number) value).longValue());
		}
		else if (value instanceof Number number) {
			text.append(new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
		}
		else if (value instanceof List<?> list) {
			text.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					text.append(", ");
				}
				write(list.get(i), text);
			}
			text.append(']');
		}
		else if (value instanceof Map<?, ?> map) {
			writeMap(map, text);
		}
		else if (value instanceof byte[] bytes) {
			text.append("0x");
			for (byte b : bytes) {
				text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
			}
		}
		else if (value == null) {
			text.append("null");
		}
		else {
			// UUIDs, java.time values and the like: their type and their standard text form
			text.append(value.getClass().getSimpleName()).append(':');
			string(value.toString(), text);
		}
	}

	private void writeRecord(Record record, StringBuilder text) {
		Shape shape = SHAPES.get(record.getClass());
		text.append(shape.typeName()).append('{');
		boolean first = true;
		for (Component component : shape.components()) {
			Object value = component.valueOf(record);
			if (value == null) {
				continue;
			}
			if (!first) {
				text.append(", ");
			}
			first = false;
			text.append(component.name()).append('=');
			write(value, text);
		}
		text.append('}');
	}

	private static Shape shapeOf(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		Component[] read = new Component[components.length];
		for (int i = 0; i < components.length; i++) {
			read[i] = new Component(components[i].getName(), components[i].getAccessor());
		}
		return new Shape(typeName(type), read);
	}

	/** A record type's name as written, and its components in declaration order. */
	private record Shape(String typeName, Component[] components) {

	}

	/** Map entries sorted by key, so that the order a row was written in does not count. */
	private void writeMap(Map<?, ?> map, StringBuilder text) {
		Map<String, Object> sorted = new TreeMap<>();
		map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
		text.append('{');
		boolean first = true;
		for (Map.Entry<String, Object> entry : sorted.entrySet()) {
			if (!first) {
				text.append(", ");
			}
			first = false;
			string(entry.getKey(), text);
			text.append('=');
			write(entry.getValue(), text);
		}
		text.append('}');
	}

	private record Component(String name, Method accessor) {

		Object valueOf(Record record) {
			try {
				return this.accessor.invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + this.name + " of " + record.getClass(), ex);
			}
		}

	}

	/** The type's name without its package: {@code Operation.CreateTable}, {@code ColumnType.VarChar}. */
	private static String typeName(Class<?> type) {
		String name = type.getName();
		return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
	}

	private static void string(String value, StringBuilder text) {
		text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> text.append("\\\"");
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				default -> text.append(c);
			}
		}
		text.append('"');
	}

	/** Runs of whitespace become one space; surrounding whitespace and trailing semicolons go. */
	static String normalizeSql(String sql) {
		String collapsed = sql.strip().replaceAll("\\s+", " ");
		int end = collapsed.length();
		while (end > 0 && (collapsed.charAt(end - 1) == ';' || collapsed.charAt(end - 1) == ' ')) {
			end--;
		}
		return collapsed.substring(0, end);
	}

}
