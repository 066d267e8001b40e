package dev.retort.platform.postgresql;

import java.util.Locale;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.types.ColumnType;

/**
 * Which type changes PostgreSQL cannot make without being told how to convert the values
 * ({@code ALTER COLUMN ... TYPE ... USING}): those where no implicit or assignment cast exists.
 * A string converts to another string, and every type to a string (PostgreSQL's conversions
 * through text output are assignment casts), numbers to numbers and times to times; a string to
 * anything else, and a boolean to a number or back, only by an explicit cast.
 */
final class PostgreSqlCasts {

	private PostgreSqlCasts() {
	}

	/**
	 * Whether changing a column from the one type to the other needs {@code USING}; {@code false}
	 * when the current type is not known.
	 */
	static boolean needsUsing(ColumnType from, ColumnType to) {
		if (from == null || to == null) {
			return false;
		}
		Kind source = kindOf(from);
		Kind target = kindOf(to);
		if (target == Kind.STRING || source == Kind.OTHER || target == Kind.OTHER) {
			return false;
		}
		if (source == Kind.STRING) {
			return true;
		}
		return (source == Kind.BOOLEAN) != (target == Kind.BOOLEAN);
	}

	private enum Kind {

		STRING, NUMBER, BOOLEAN, DISTINCT, OTHER

	}

	private static Kind kindOf(ColumnType type) {
		if (type instanceof ColumnType.VarChar || type instanceof ColumnType.Text
				|| type instanceof ColumnType.Enumerated) {
			return Kind.STRING;
		}
		if (type instanceof ColumnType.SmallInt || type instanceof ColumnType.Int || type instanceof ColumnType.BigInt
				|| type instanceof ColumnType.Decimal || type instanceof ColumnType.Real
				|| type instanceof ColumnType.DoublePrecision) {
			return Kind.NUMBER;
		}
		if (type instanceof ColumnType.Bool) {
			return Kind.BOOLEAN;
		}
		if (type instanceof ColumnType.Uuid || type instanceof ColumnType.Json || type instanceof ColumnType.Date
				|| type instanceof ColumnType.Time || type instanceof ColumnType.Timestamp
				|| type instanceof ColumnType.Blob || type instanceof ColumnType.Binary
				|| type instanceof ColumnType.VarBinary) {
			return Kind.DISTINCT;
		}
		if (type instanceof ColumnType.Raw raw) {
			String sql = raw.sqlFor(DatabaseFamily.POSTGRESQL).toLowerCase(Locale.ROOT);
			if (sql.startsWith("varchar") || sql.startsWith("character") || sql.startsWith("char")
					|| sql.equals("text")) {
				return Kind.STRING;
			}
			// An ordinal enum is a tinyint to Hibernate, a smallint on PostgreSQL
			if (sql.matches("smallint|integer|bigint|int[248]?|numeric.*|decimal.*")) {
				return Kind.NUMBER;
			}
			if (sql.equals("boolean") || sql.equals("bool")) {
				return Kind.BOOLEAN;
			}
		}
		return Kind.OTHER;
	}

}
