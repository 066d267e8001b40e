package dev.retort.autogenerate.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition = ...)} read as what it declares: a type, and the default
 * and nullability people write after it ({@code varchar(40) default 'new'},
 * {@code integer default 3 not null}). Hibernate writes the definition into its DDL as it is,
 * so the database holds the type with that default; comparing the whole text as a type would
 * never match.
 * <p>
 * A definition with any other clause ({@code check}, {@code collate}, {@code generated},
 * {@code comment}...) is taken as a type as a whole, as before.
 *
 * @param type the type, as written
 * @param defaultValue the default's SQL, or {@code null} when the definition has none
 * @param notNull {@code true} for {@code not null}, {@code false} for {@code null}, {@code null}
 * when the definition says neither
 */
record ColumnDefinition(String type, String defaultValue, Boolean notNull) {

	private static final Pattern KEYWORD = Pattern.compile("(default|not\\s+null|null)\\b");

	/** What may follow a default, and ends it, other than nullability. */
	private static final Pattern CLAUSE = Pattern.compile("(check|unique|primary|references|constraint|collate"
			+ "|comment|generated|as|on|auto_increment|identity|character|charset)\\b");

	static ColumnDefinition parse(String definition) {
		String text = definition.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		int typeEnd = -1;
		String defaultValue = null;
		Boolean notNull = null;
		int i = 0;
		int depth = 0;
		boolean quoted = false;
		int defaultStart = -1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
			}
			else if (!quoted && depth == 0 && wordStart(lower, i)) {
				int length = keywordAt(lower, i);
				if (length > 0) {
					String keyword = lower.substring(i, i + length).replaceAll("\\s+", " ");
					if (typeEnd < 0) {
						typeEnd = i;
					}
					if (defaultStart >= 0) {
						defaultValue = text.substring(defaultStart, i).strip();
						defaultStart = -1;
					}
					switch (keyword) {
						case "default" -> defaultStart = i + length;
						case "not null" -> notNull = Boolean.TRUE;
						default -> notNull = Boolean.FALSE;
					}
					i += length;
					continue;
				}
				boolean clause = CLAUSE.matcher(lower).region(i, lower.length()).lookingAt();
				if (typeEnd >= 0 && (defaultStart < 0 || clause)) {
					// A clause this reading does not know: the definition stays a type as a whole
					return new ColumnDefinition(text, null, null);
				}
			}
			i++;
		}
		if (typeEnd < 0) {
			return new ColumnDefinition(text, null, null);
		}
		if (defaultStart >= 0) {
			defaultValue = text.substring(defaultStart).strip();
		}
		String type = text.substring(0, typeEnd).strip();
		if (type.isEmpty() || (defaultValue != null && defaultValue.isEmpty())) {
			return new ColumnDefinition(text, null, null);
		}
		return new ColumnDefinition(type, defaultValue, notNull);
	}

	private static boolean wordStart(String text, int index) {
		return Character.isLetter(text.charAt(index))
				&& (index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1)) && text.charAt(index - 1) != '_');
	}

	/**
	 * The length of {@code default}, {@code not null} or {@code null} starting at the index as
	 * whole words, or 0.
	 */
	private static int keywordAt(String text, int index) {
		Matcher matcher = KEYWORD.matcher(text).region(index, text.length());
		return matcher.lookingAt() ? matcher.end() - index : 0;
	}

}
