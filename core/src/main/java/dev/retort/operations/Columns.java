package dev.retort.operations;

import dev.retort.operations.types.ColumnType;

/**
 * Columns for {@code createTable} and {@code addColumn}, for a static import in revisions beside
 * {@link dev.retort.operations.types.Types} and {@link Constraints}.
 */
public final class Columns {

	private Columns() {
	}

	/** A nullable column without default; refine it with {@link ColumnDef}'s methods. */
	public static ColumnDef column(String name, ColumnType type) {
		return ColumnDef.of(name, type);
	}

}
