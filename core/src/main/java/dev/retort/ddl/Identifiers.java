package dev.retort.ddl;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.AnsiSqlKeywords;

import dev.retort.operations.ObjectName;

/**
 * Writes names into SQL, quoting only those that need it (see {@link SqlRenderer} for the
 * policy): reserved words and names that are not plain lower-case identifiers.
 */
public final class Identifiers {

	/**
	 * Reserved in SQL:2011 to SQL:2023 but missing from Hibernate's SQL:2003 list; quoting a
	 * word needlessly is harmless, missing one breaks the statement.
	 */
	private static final Set<String> NEWER_STANDARD_WORDS = Set.of("array_agg", "begin_frame", "begin_partition",
			"contains", "cume_dist", "current_row", "dense_rank", "empty", "end_frame", "end_partition", "equals",
			"first_value", "frame_row", "groups", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
			"json_objectagg", "json_query", "json_table", "json_value", "lag", "last_value", "lead", "like_regex",
			"listagg", "match_number", "match_recognize", "matches", "nth_value", "ntile", "occurrences_regex",
			"offset", "omit", "percent", "percent_rank", "period", "portion", "position_regex", "precedes", "rank",
			"row_number", "substring_regex", "succeeds", "system_time", "translate_regex", "value_of", "versioning");

	/** The standard's reserved words, lower-case: the same for every dialect, so worked out once. */
	private static final Set<String> STANDARD_WORDS = standardWords();

	private final char openQuote;

	private final char closeQuote;

	/**
	 * The dialect's own reserved words beyond the standard's, lower-case. Hibernate's dialects
	 * list the standard's words too, some 250, and copying them for every renderer was most of
	 * the cost of making one.
	 */
	private final Set<String> dialectWords;

	public Identifiers(Dialect dialect) {
		this.openQuote = dialect.openQuote();
		this.closeQuote = dialect.closeQuote();
		Set<String> words = new HashSet<>();
		for (String word : dialect.getKeywords()) {
			String lowerCase = word.toLowerCase(Locale.ROOT);
			if (!STANDARD_WORDS.contains(lowerCase)) {
				words.add(lowerCase);
			}
		}
		this.dialectWords = Set.copyOf(words);
	}

	private static Set<String> standardWords() {
		Set<String> words = new HashSet<>(NEWER_STANDARD_WORDS);
		new AnsiSqlKeywords().sql2003().forEach((word) -> words.add(word.toLowerCase(Locale.ROOT)));
		return Set.copyOf(words);
	}

	/** The name as it must appear in SQL: quoted when reserved or not a plain lower-case name. */
	public String quote(String name) {
		if (isPlain(name) && !STANDARD_WORDS.contains(name) && !this.dialectWords.contains(name)) {
			return name;
		}
		return quoteAlways(name);
	}

	/**
	 * Whether the name is {@code [a-z_][a-z0-9_]*}, told without a regular expression: every
	 * name of every statement rendered goes through here, and the matcher was a third of
	 * quoting them.
	 */
	private static boolean isPlain(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean plain = (c >= 'a' && c <= 'z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
			if (!plain) {
				return false;
			}
		}
		return true;
	}

	/** The name quoted, with quote characters inside it doubled. */
	public String quoteAlways(String name) {
		String close = String.valueOf(this.closeQuote);
		return this.openQuote + name.replace(close, close + close) + this.closeQuote;
	}

	/** The object's name, qualified by its schema, or by the default schema when it names none. */
	public String qualified(ObjectName name, String defaultSchema) {
		ObjectName resolved = name.inSchemaIfAbsent(defaultSchema);
		return (resolved.schema() != null) ? quote(resolved.schema()) + "." + quote(resolved.name())
				: quote(resolved.name());
	}

	/** The names, each quoted where needed, separated by commas. */
	public String list(Iterable<String> names) {
		StringBuilder sql = new StringBuilder();
		for (String name : names) {
			if (sql.length() > 0) {
				sql.append(", ");
			}
			sql.append(quote(name));
		}
		return sql.toString();
	}

}
