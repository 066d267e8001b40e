package dev.retort.autogenerate.compare;

/**
 * Asks whether an inferred rename really is one, as Django's {@code makemigrations} asks "Did you
 * rename ...?". A terminal asks the person; without one every inferred rename is taken, and the
 * generated code says it was inferred.
 */
@FunctionalInterface
public interface RenameQuestion {

	/** Takes every inferred rename. */
	RenameQuestion ACCEPT_ALL = (rename) -> true;

	/**
	 * @return {@code true} to write a rename, {@code false} to write a drop and an add instead
	 */
	boolean confirm(Rename rename);

	/**
	 * A rename the comparison inferred.
	 *
	 * @param table the table the column belongs to, or {@code null} when a table was renamed
	 * @param from the name in the database
	 * @param to the name in the model
	 */
	record Rename(String table, String from, String to) {

		/** The question as a person reads it: "Did you rename customer.full_name to customer.display_name?". */
		public String question() {
			return (this.table != null) ? "Did you rename %s.%s to %s.%s?".formatted(this.table, this.from, this.table, this.to)
					: "Did you rename the table %s to %s?".formatted(this.from, this.to);
		}

	}

}
