package dev.retort.lint;

import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;

/**
 * What a rule knows besides the statement: the tables the run created before it (a new, empty
 * table can be changed any way at no cost) and the size of the others.
 */
public final class LintContext {

	private final TableSizes sizes;

	private final long largeTableRows;

	private final Set<String> createdHere = new HashSet<>();

	LintContext(TableSizes sizes, long largeTableRows) {
		this.sizes = sizes;
		this.largeTableRows = largeTableRows;
	}

	/** Whether the run created the table before this statement. */
	public boolean isNew(ObjectName table) {
		return this.createdHere.contains(key(table));
	}

	/**
	 * The severity of a hazard that grows with the table: information on a table below
	 * {@code retort.lint.large-table-rows}, an error above it, a warning when its size is unknown.
	 */
	public Severity bySize(ObjectName table) {
		OptionalLong rows = this.sizes.rows(table);
		if (rows.isEmpty()) {
			return Severity.WARNING;
		}
		return (rows.getAsLong() >= this.largeTableRows) ? Severity.ERROR : Severity.INFO;
	}

	/** The table's size in words, for a hazard's message. */
	public String sizeOf(ObjectName table) {
		OptionalLong rows = this.sizes.rows(table);
		return rows.isPresent() ? "about " + rows.getAsLong() + " rows"
				: "size unknown: not counted by the catalog yet, or offline";
	}

	/** The table's estimated rows, empty when unknown (offline). */
	public OptionalLong rows(ObjectName table) {
		return this.sizes.rows(table);
	}

	/** Whether the table has rows, or may have (its size unknown). */
	public boolean mayHaveRows(ObjectName table) {
		return !isNew(table) && this.sizes.rows(table).orElse(1) > 0;
	}

	void after(Operation operation) {
		if (operation instanceof Operation.CreateTable created) {
			this.createdHere.add(key(created.table()));
		}
	}

	private static String key(ObjectName table) {
		return table.toString().toLowerCase(Locale.ROOT);
	}

}
