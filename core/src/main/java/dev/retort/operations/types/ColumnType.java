package dev.retort.operations.types;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.retort.RetortException;
import dev.retort.ddl.DatabaseFamily;

/**
 * A column's type, portable across databases: each renderer turns it into its database's type
 * name. Create them with the factories of {@link Types}.
 * <p>
 * Values are plain records so that a recorded operation can be compared, checksummed and written
 * back as Java source.
 */
public sealed interface ColumnType {

	/** {@code varchar(length)}. */
	record VarChar(int length) implements ColumnType {

		public VarChar {
			positive("string", length);
		}

	}

	/** Character data of unlimited length: {@code text} or the database's large character type. */
	record Text() implements ColumnType {
	}

	record Bool() implements ColumnType {
	}

	record SmallInt() implements ColumnType {
	}

	record Int() implements ColumnType {
	}

	record BigInt() implements ColumnType {
	}

	/** An exact number of {@code precision} digits, {@code scale} of them after the point. */
	record Decimal(int precision, int scale) implements ColumnType {

		public Decimal {
			positive("decimal precision", precision);
			if (scale < 0 || scale > precision) {
				throw new RetortException("decimal(" + precision + ", " + scale
						+ ") has an invalid scale: it must be between 0 and the precision " + precision);
			}
		}

	}

	/** A single-precision floating point number (Java {@code float}). */
	record Real() implements ColumnType {
	}

	/** A double-precision floating point number (Java {@code double}). */
	record DoublePrecision() implements ColumnType {
	}

	record Date() implements ColumnType {
	}

	/** A time of day with {@code precision} fractional second digits. */
	record Time(int precision) implements ColumnType {

		public Time {
			fractionalSeconds("time", precision);
		}

	}

	/**
	 * A date and time with {@code precision} fractional second digits; with a time zone, it is
	 * a point in time (Java {@code Instant} or {@code OffsetDateTime}).
	 */
	record Timestamp(int precision, boolean withTimeZone) implements ColumnType {

		public Timestamp {
			fractionalSeconds("timestamp", precision);
		}

	}

	record Uuid() implements ColumnType {
	}

	/** Binary data of exactly {@code length} bytes. */
	record Binary(int length) implements ColumnType {

		public Binary {
			positive("binary", length);
		}

	}

	/** Binary data of at most {@code length} bytes. */
	record VarBinary(int length) implements ColumnType {

		public VarBinary {
			positive("varbinary", length);
		}

	}

	/** Binary data of unlimited length. */
	record Blob() implements ColumnType {
	}

	record Json() implements ColumnType {
	}

	/**
	 * One of a fixed list of strings, as Hibernate maps {@code @Enumerated(EnumType.STRING)}: a
	 * native {@code enum(...)} on MariaDB and H2, a {@code varchar} with a check constraint elsewhere.
	 */
	record Enumerated(List<String> values) implements ColumnType {

		public Enumerated {
			values = List.copyOf(values);
			if (values.isEmpty()) {
				throw new RetortException("An enum type needs at least one value: enumOf(\"A\", \"B\")");
			}
		}

	}

	/**
	 * A database type written as SQL, for what no portable type covers: {@code sql} everywhere,
	 * or the type given for the database's family.
	 */
	record Raw(String sql, Map<DatabaseFamily, String> perFamily) implements ColumnType {

		public Raw {
			Objects.requireNonNull(sql, "sql");
			// In the families' order, so that autogenerate writes the same code on every run
			Map<DatabaseFamily, String> ordered = new java.util.EnumMap<>(DatabaseFamily.class);
			ordered.putAll(perFamily);
			perFamily = java.util.Collections.unmodifiableMap(ordered);
		}

		/** The type to use on the given family instead of {@link #sql()}. */
		public Raw on(DatabaseFamily family, String familySql) {
			Map<DatabaseFamily, String> types = new java.util.EnumMap<>(DatabaseFamily.class);
			types.putAll(this.perFamily);
			types.put(family, familySql);
			return new Raw(this.sql, types);
		}

		/** The SQL of this type on the given family. */
		public String sqlFor(DatabaseFamily family) {
			return this.perFamily.getOrDefault(family, this.sql);
		}

	}

	private static void positive(String type, int size) {
		if (size <= 0) {
			throw new RetortException(type + "(" + size + ") needs a positive size");
		}
	}

	private static void fractionalSeconds(String type, int precision) {
		if (precision < 0 || precision > 9) {
			throw new RetortException(type + "(" + precision
					+ ") has an invalid precision: fractional seconds take 0 to 9 digits (6 is microseconds)");
		}
	}

}
