package dev.retort.lint;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What lint reads of a raw SQL statement ({@code op.sql(...)}, a {@code .sql} revision's
 * statement): its kind, from its first words, and the clauses the rules ask about. Not a parser:
 * a statement it does not recognise is reported as such, never passed over.
 */
public record SqlStatement(String text, String kind) {

	private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|--[^\\n]*");

	private static final Pattern WHERE = Pattern.compile("(?i)\\bwhere\\b");

	private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\bconcurrently\\b");

	/** The statement kinds whose hazards lint knows, or knows there are none. */
	private static final Pattern KNOWN = Pattern.compile("(?i)^(select|insert|update|delete|truncate|create|alter|drop"
			+ "|comment|grant|revoke|set|analyze|vacuum|refresh|with|do|call|rename)\\b");

	public static SqlStatement of(String sql) {
		String text = COMMENTS.matcher(sql).replaceAll(" ").strip();
		String[] words = text.split("\\s+", 4);
		String kind = words[0].toLowerCase(Locale.ROOT);
		if ((kind.equals("create") || kind.equals("drop") || kind.equals("alter")) && words.length > 1) {
			kind = kind + " " + objectKind(words);
		}
		return new SqlStatement(text, kind);
	}

	/** {@code create unique index} is an index; {@code create or replace view} a view. */
	private static String objectKind(String[] words) {
		for (int i = 1; i < words.length; i++) {
			String word = words[i].toLowerCase(Locale.ROOT);
			if (!word.equals("unique") && !word.equals("or") && !word.equals("replace")) {
				return word;
			}
		}
		return "";
	}

	public boolean isKnown() {
		return KNOWN.matcher(this.text).find();
	}

	public boolean hasWhere() {
		return WHERE.matcher(this.text).find();
	}

	public boolean isConcurrent() {
		return CONCURRENTLY.matcher(this.text).find();
	}

	/** The statement, shortened for a line of output. */
	public String summary() {
		String oneLine = this.text.replaceAll("\\s+", " ");
		return (oneLine.length() > 80) ? oneLine.substring(0, 77) + "..." : oneLine;
	}

}
