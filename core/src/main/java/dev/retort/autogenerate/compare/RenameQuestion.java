package dev.retort.autogenerate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Asks whether an inferred rename really is one, as Django's {@code makemigrations} asks "Did you
 * rename ...?". A rename moves the data of the old column (or table) into the new one, so it is
 * taken only when someone confirms it: a person at a terminal, or the user for all of them
 * ({@code --accept-renames}). Without either, only a rename whose names agree is taken
 * ({@link Rename#namesAgree()}); the others are written as a drop and an add, with a comment
 * naming the possible rename.
 */
@FunctionalInterface
public interface RenameQuestion {

	/** Takes every inferred rename: the user asked for it ({@code --accept-renames}). */
	RenameQuestion ACCEPT_ALL = (rename) -> true;

	/** Without a terminal: takes a rename only where the names agree. */
	RenameQuestion WHEN_NAMES_AGREE = Rename::namesAgree;

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

		/**
		 * Whether the names make the rename near-certain: their words (split at underscores,
		 * hyphens and camelCase, in any case) are the same, the same but for a plural {@code s}
		 * on the last word, or those of one name begin or end the other's:
		 * {@code firstName} and {@code first_name}, {@code customer_phone} and
		 * {@code customer_phones}, {@code street} and {@code street_line}; not
		 * {@code middle_name} and {@code twitter_handle}.
		 */
		public boolean namesAgree() {
			List<String> from = words(this.from);
			List<String> to = words(this.to);
			if (from.isEmpty() || to.isEmpty()) {
				return false;
			}
			if (from.equals(to) || singular(from).equals(singular(to))) {
				return true;
			}
			List<String> shorter = (from.size() < to.size()) ? from : to;
			List<String> longer = (from.size() < to.size()) ? to : from;
			return shorter.size() < longer.size() && (longer.subList(0, shorter.size()).equals(shorter)
					|| longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter));
		}

		private static List<String> words(String name) {
			List<String> words = new ArrayList<>();
			for (String part : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[_\\-\\s]+")) {
				if (!part.isEmpty()) {
					words.add(part.toLowerCase(Locale.ROOT));
				}
			}
			return words;
		}

		private static List<String> singular(List<String> words) {
			List<String> singular = new ArrayList<>(words);
			String last = singular.get(singular.size() - 1);
			if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
				singular.set(singular.size() - 1, last.substring(0, last.length() - 1));
			}
			return singular;
		}

	}

}
