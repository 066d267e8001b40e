package dev.retort.autogenerate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.types.ColumnType;
import dev.retort.operations.types.Types;

/**
 * Reads a database's spelling of a type ({@code character varying(255)}, {@code int4},
 * {@code tinyint(1)}, {@code datetime(6)}) as a portable {@link ColumnType}, so that two
 * spellings of one type compare equal. What has no exact portable equivalent becomes a
 * {@link ColumnType.Raw} of the normalised spelling.
 */
public final class NativeTypes {

	private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)(.*)");

	private static final Pattern ENUM = Pattern.compile("enum\\s*\\((.*)\\)");

	private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

	/**
	 * The length of the {@code varchar} Hibernate gives an {@code @Enumerated(STRING)} column
	 * where the database has no enum type: only a column of this length with a check of its values
	 * is read as an enum (a discriminator column is a shorter {@code varchar} with such a check).
	 */
	public static final int ENUM_VARCHAR_LENGTH = 255;

	private NativeTypes() {
	}

	/** The portable type of a native type name as the given database prints it. */
	public static ColumnType parse(DatabaseFamily family, String nativeType) {
		String type = normalise(family, nativeType);
		Matcher enumMatcher = ENUM.matcher(type);
		if (enumMatcher.matches()) {
			return new ColumnType.Enumerated(quotedValues(enumMatcher.group(1)));
		}
		Matcher sized = SIZED.matcher(type);
		if (sized.matches()) {
			String base = sized.group(1).strip();
			int size = Integer.parseInt(sized.group(2));
			Integer second = (sized.group(3) != null) ? Integer.parseInt(sized.group(3)) : null;
			String rest = sized.group(4).strip();
			ColumnType parsed = parseSized(family, base, size, second, rest);
			if (parsed != null) {
				return parsed;
			}
		}
		else {
			ColumnType parsed = parsePlain(family, type);
			if (parsed != null) {
				return parsed;
			}
		}
		return Types.raw(type);
	}

	/** The values of a list of SQL string literals: {@code 'A','B'}. */
	public static List<String> quotedValues(String literals) {
		List<String> values = new ArrayList<>();
		Matcher matcher = QUOTED.matcher(literals);
		while (matcher.find()) {
			values.add(matcher.group(1).replace("''", "'"));
		}
		return values;
	}

	private static ColumnType parseSized(DatabaseFamily family, String base, int size, Integer second, String rest) {
		boolean withTimeZone = rest.equals("with time zone");
		if (!rest.isEmpty() && !withTimeZone) {
			return null;
		}
		return switch (base) {
			case "varchar" -> new ColumnType.VarChar(size);
			case "numeric" -> new ColumnType.Decimal(size, (second != null) ? second : 0);
			case "time" -> withTimeZone ? null : new ColumnType.Time(size);
			case "timestamp" -> new ColumnType.Timestamp(size, withTimeZone);
			case "datetime" -> (family == DatabaseFamily.MARIADB) ? new ColumnType.Timestamp(size, false) : null;
			case "binary" -> new ColumnType.Binary(size);
			case "varbinary" -> new ColumnType.VarBinary(size);
			case "float" -> (size <= 24) ? new ColumnType.Real() : new ColumnType.DoublePrecision();
			case "bit" -> (size == 1 && family == DatabaseFamily.MARIADB) ? new ColumnType.Bool() : null;
			case "tinyint" -> (size == 1 && family == DatabaseFamily.MARIADB) ? new ColumnType.Bool() : null;
			default -> null;
		};
	}

	private static ColumnType parsePlain(DatabaseFamily family, String type) {
		return switch (type) {
			case "text", "clob", "longtext" -> new ColumnType.Text();
			case "boolean", "bit" -> new ColumnType.Bool();
			case "smallint" -> new ColumnType.SmallInt();
			case "integer" -> new ColumnType.Int();
			case "bigint" -> new ColumnType.BigInt();
			case "real" -> new ColumnType.Real();
			case "double precision" -> new ColumnType.DoublePrecision();
			case "date" -> new ColumnType.Date();
			// Without a precision each database has its own default
			case "time" -> new ColumnType.Time(defaultTimePrecision(family, false));
			case "timestamp", "datetime" -> new ColumnType.Timestamp(defaultTimePrecision(family, true), false);
			case "timestamp with time zone" -> new ColumnType.Timestamp(defaultTimePrecision(family, true), true);
			case "uuid" -> new ColumnType.Uuid();
			case "blob", "longblob", "bytea" -> new ColumnType.Blob();
			case "json", "jsonb" -> new ColumnType.Json();
			default -> null;
		};
	}

	/** PostgreSQL keeps microseconds by default, H2 in a timestamp only, MariaDB never. */
	private static int defaultTimePrecision(DatabaseFamily family, boolean timestamp) {
		return (family == DatabaseFamily.POSTGRESQL || (family == DatabaseFamily.H2 && timestamp)) ? 6 : 0;
	}

	/**
	 * The type in one spelling: lower case, single spaces, PostgreSQL's and H2's long names and
	 * aliases replaced by the short ones, MariaDB's integer display widths dropped.
	 */
	public static String normalise(DatabaseFamily family, String nativeType) {
		if (nativeType.strip().regionMatches(true, 0, "enum", 0, 4)) {
			// The values keep their case
			return "enum" + nativeType.strip().substring(4).strip();
		}
		String type = nativeType.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		type = type.replace(" without time zone", "")
			.replace("character varying", "varchar")
			.replace("binary varying", "varbinary")
			.replace("character large object", "clob")
			.replace("binary large object", "blob")
			.replace("timestamptz", "timestamp with time zone")
			.replace("decimal", "numeric")
			.replaceAll("^character\\b", "char");
		type = switch (type) {
			case "int", "int4" -> "integer";
			case "int2" -> "smallint";
			case "int8" -> "bigint";
			case "bool" -> "boolean";
			case "float8", "double", "float(53)" -> "double precision";
			case "float4", "float" -> "real";
			default -> type;
		};
		if (family == DatabaseFamily.MARIADB) {
			// Display widths mean nothing to the values: int(11) is an int
			type = type.replaceAll("^(smallint|mediumint|int|bigint)\\(\\d+\\)", "$1").replaceAll("^tinyint\\(([02-9]|\\d\\d+)\\)",
					"tinyint");
			type = type.replaceAll("^int\\b", "integer");
		}
		// Standard SQL time types may place the precision before "with time zone"
		return type.replaceAll("^(timestamp|time) with time zone\\((\\d+)\\)", "$1($2) with time zone");
	}

}
