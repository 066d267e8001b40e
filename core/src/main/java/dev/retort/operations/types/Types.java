package dev.retort.operations.types;

import java.util.List;
import java.util.Map;

/**
 * The portable column types, for a static import in revisions:
 *
 * <pre class="code">
 * op.addColumn("user", column("email", string(255)).notNull());
 * </pre>
 *
 * Each renders through the Hibernate dialect's type registry, so a column created here has the
 * type Hibernate would give the matching entity attribute.
 */
public final class Types {

	/** Fractional second digits of {@link #timestamp()}: microseconds, Hibernate's default. */
	public static final int DEFAULT_TIMESTAMP_PRECISION = 6;

	private Types() {
	}

	/** {@code varchar(length)}: Java {@code String} with {@code @Column(length = ...)}. */
	public static ColumnType string(int length) {
		return new ColumnType.VarChar(length);
	}

	/** Character data of unlimited length: {@code text} (PostgreSQL), {@code longtext}, {@code clob}. */
	public static ColumnType text() {
		return new ColumnType.Text();
	}

	public static ColumnType bool() {
		return new ColumnType.Bool();
	}

	public static ColumnType smallint() {
		return new ColumnType.SmallInt();
	}

	public static ColumnType integer() {
		return new ColumnType.Int();
	}

	public static ColumnType bigint() {
		return new ColumnType.BigInt();
	}

	/** An exact number: Java {@code BigDecimal} with {@code @Column(precision = ..., scale = ...)}. */
	public static ColumnType decimal(int precision, int scale) {
		return new ColumnType.Decimal(precision, scale);
	}

	/** Single precision floating point: Java {@code float}. */
	public static ColumnType real() {
		return new ColumnType.Real();
	}

	/** Double precision floating point: Java {@code double}. */
	public static ColumnType doublePrecision() {
		return new ColumnType.DoublePrecision();
	}

	public static ColumnType date() {
		return new ColumnType.Date();
	}

	/** A time of day in whole seconds, as Hibernate maps {@code LocalTime}. */
	public static ColumnType time() {
		return new ColumnType.Time(0);
	}

	public static ColumnType time(int precision) {
		return new ColumnType.Time(precision);
	}

	/** A date and time without time zone, in microseconds: Java {@code LocalDateTime}. */
	public static ColumnType timestamp() {
		return new ColumnType.Timestamp(DEFAULT_TIMESTAMP_PRECISION, false);
	}

	public static ColumnType timestamp(int precision) {
		return new ColumnType.Timestamp(precision, false);
	}

	/**
	 * A point in time, in microseconds: Java {@code Instant} or {@code OffsetDateTime}. On
	 * databases without such a type (MariaDB) it is a {@code datetime} holding UTC, as in
	 * Hibernate.
	 */
	public static ColumnType timestampWithTimeZone() {
		return new ColumnType.Timestamp(DEFAULT_TIMESTAMP_PRECISION, true);
	}

	public static ColumnType timestampWithTimeZone(int precision) {
		return new ColumnType.Timestamp(precision, true);
	}

	public static ColumnType uuid() {
		return new ColumnType.Uuid();
	}

	public static ColumnType binary(int length) {
		return new ColumnType.Binary(length);
	}

	public static ColumnType varbinary(int length) {
		return new ColumnType.VarBinary(length);
	}

	/** Binary data of unlimited length: {@code bytea} (PostgreSQL), {@code longblob}, {@code blob}. */
	public static ColumnType blob() {
		return new ColumnType.Blob();
	}

	public static ColumnType json() {
		return new ColumnType.Json();
	}

	/** One of the given strings, as Hibernate maps {@code @Enumerated(EnumType.STRING)}. */
	public static ColumnType enumOf(String... values) {
		return new ColumnType.Enumerated(List.of(values));
	}

	/**
	 * The names of a Java enum's constants, as Hibernate maps {@code @Enumerated(EnumType.STRING)}.
	 * The values are recorded, not the class: renaming a constant later does not change an applied
	 * revision.
	 */
	public static ColumnType enumOf(Class<? extends Enum<?>> enumType) {
		return new ColumnType.Enumerated(java.util.Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList());
	}

	/**
	 * A database type written as SQL, used as is on every database; add per-database variants
	 * with {@link ColumnType.Raw#on}: {@code raw("text").on(MARIADB, "mediumtext")}.
	 */
	public static ColumnType.Raw raw(String sql) {
		return new ColumnType.Raw(sql, Map.of());
	}

}
