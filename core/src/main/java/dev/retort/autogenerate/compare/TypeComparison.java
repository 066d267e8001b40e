package dev.retort.autogenerate.compare;

import dev.retort.autogenerate.schema.NativeTypes;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.types.ColumnType;
import dev.retort.platform.DatabasePlatform;

/**
 * Whether two column types are the same on a given database: what the database cannot tell
 * apart is not a difference (MariaDB stores a point in time as a plain {@code datetime},
 * PostgreSQL every binary type as {@code bytea}), and a database-specific type equals the
 * portable type it spells.
 */
final class TypeComparison {

	private final DatabasePlatform platform;

	TypeComparison(DatabasePlatform platform) {
		this.platform = platform;
	}

	boolean same(ColumnType left, ColumnType right) {
		return canonical(left).equals(canonical(right));
	}

	/**
	 * Whether a change from one type to the other may not keep every value: a shorter string, a
	 * number with fewer digits, or a change of kind.
	 */
	boolean narrows(ColumnType from, ColumnType to) {
		ColumnType old = canonical(from);
		ColumnType next = canonical(to);
		if (old instanceof ColumnType.VarChar a && next instanceof ColumnType.VarChar b) {
			return b.length() < a.length();
		}
		if (old instanceof ColumnType.VarChar && next instanceof ColumnType.Text) {
			return false;
		}
		if (old instanceof ColumnType.Decimal a && next instanceof ColumnType.Decimal b) {
			return b.precision() - b.scale() < a.precision() - a.scale() || b.scale() < a.scale();
		}
		if (old instanceof ColumnType.SmallInt && (next instanceof ColumnType.Int || next instanceof ColumnType.BigInt)) {
			return false;
		}
		if (old instanceof ColumnType.Int && next instanceof ColumnType.BigInt) {
			return false;
		}
		if (old instanceof ColumnType.Timestamp a && next instanceof ColumnType.Timestamp b) {
			return b.precision() < a.precision();
		}
		if (old instanceof ColumnType.Enumerated a && next instanceof ColumnType.Enumerated b) {
			return !b.values().containsAll(a.values());
		}
		return !old.equals(next);
	}

	private ColumnType canonical(ColumnType type) {
		if (type instanceof ColumnType.Raw raw) {
			DatabaseFamily family = this.platform.family();
			ColumnType parsed = NativeTypes.parse(family, raw.sqlFor(family));
			return (parsed instanceof ColumnType.Raw parsedRaw)
					? this.platform.comparable(new ColumnType.Raw(parsedRaw.sql(), java.util.Map.of())) : canonical(parsed);
		}
		type = this.platform.comparable(type);
		if (type instanceof ColumnType.Enumerated enumerated) {
			// The order of the values is not compared (Alembic's rule for MySQL's ENUM)
			return new ColumnType.Enumerated(enumerated.values().stream().sorted().toList());
		}
		return type;
	}

}
