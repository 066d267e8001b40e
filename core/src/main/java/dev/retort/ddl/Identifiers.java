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
 * <p>
 * A name is one of three things, told by its spelling:
 * <ul>
 * <li>a plain lower-case name ({@code order_line}): an ordinary identifier, written unquoted so
 * that the database folds it as it folds Hibernate's unquoted names (PostgreSQL keeps it lower
 * case, H2 stores {@code ORDER_LINE}); a reserved word among them is quoted: as written where the
 * database keeps the case of quoted names or reserves the word itself ({@code user} on H2, which
 * Hibernate must quote there too), else in the case the database folds names to ({@code rank} is
 * {@code "RANK"} on H2, the column of Hibernate's unquoted {@code rank});</li>
 * <li>a name in backticks ({@code `order_item`}), as Hibernate spells a quoted name: quoted, so
 * stored exactly as written between the backticks, lower case on H2 too;</li>
 * <li>any other name ({@code OrderLine}, {@code order item}): quoted, so stored exactly.</li>
 * </ul>
 */
public final class Identifiers {

	/** How the database stores an identifier that is not quoted. */
	public enum UnquotedCase {

		/** Folded to lower case (PostgreSQL), or as the SQL standard says but where unknown. */
		LOWER,

		/** Folded to upper case (H2, as the SQL standard says). */
		UPPER,

		/**
		 * Stored as written, quoted or not (MariaDB): its tables keep their case on Linux, its
		 * columns are compared without case.
		 */
		AS_WRITTEN

	}

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
			"row_number", "session_user", "substring_regex", "succeeds", "system_time", "translate_regex", "uescape",
			"value_of", "versioning");

	/** The standard's reserved words, lower-case: the same for every dialect, so worked out once. */
	private static final Set<String> STANDARD_WORDS = standardWords();

	private final UnquotedCase unquotedCase;

	/**
	 * The words the database itself reserves, lower-case, where it folds unquoted names to upper
	 * case: Hibernate's names must be quoted there to be used at all, so a quoted one keeps its
	 * case; any other reserved word is quoted in upper case, the same name as Hibernate's
	 * unquoted one.
	 */
	private final Set<String> ownKeywords;

	private final char openQuote;

	private final char closeQuote;

	/**
	 * The dialect's own reserved words beyond the standard's, lower-case. Hibernate's dialects
	 * list the standard's words too, some 250, and copying them for every renderer was most of
	 * the cost of making one.
	 */
	private final Set<String> dialectWords;

	public Identifiers(Dialect dialect, UnquotedCase unquotedCase) {
		this(dialect, unquotedCase, Set.of());
	}

	/**
	 * @param ownKeywords the words the database itself reserves, lower-case, for a database that
	 * folds unquoted names to upper case
	 */
	public Identifiers(Dialect dialect, UnquotedCase unquotedCase, Set<String> ownKeywords) {
		this.unquotedCase = unquotedCase;
		this.ownKeywords = Set.copyOf(ownKeywords);
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

	/**
	 * The name as it must appear in SQL: as it is when a plain lower-case name, else quoted (see
	 * the class's description).
	 */
	public String quote(String name) {
		if (isBackticked(name)) {
			return quoteAlways(name.substring(1, name.length() - 1));
		}
		if (!isPlain(name)) {
			return quoteAlways(name);
		}
		if (!isReserved(name)) {
			return name;
		}
		return quoteAlways(keepsCase(name) ? name : name.toUpperCase(Locale.ROOT));
	}

	/**
	 * The name as the database stores it, for queries of its catalog: {@code ORDER_LINE} for
	 * {@code order_line} on H2, {@code order_item} for {@code `order_item`}.
	 */
	public String stored(String name) {
		if (isBackticked(name)) {
			return name.substring(1, name.length() - 1);
		}
		if (!isPlain(name)) {
			return name;
		}
		if (isReserved(name) && keepsCase(name)) {
			return name;
		}
		return (this.unquotedCase == UnquotedCase.UPPER) ? name.toUpperCase(Locale.ROOT) : name;
	}

	/**
	 * How a revision spells a name Hibernate writes, so that the statement Retort renders names
	 * the object Hibernate's SQL names: Hibernate's unquoted {@code OrderLine} is stored
	 * {@code orderline} on PostgreSQL and {@code ORDERLINE} on H2, both spelled {@code orderline};
	 * its quoted {@code order_item} is {@code `order_item`} on H2, where only the quotes keep it
	 * lower case. Equal spellings name the same object on this database, so the mapping's names
	 * compare with the names {@link #spellingOfStored read from the catalog}.
	 *
	 * @param text the name without quotes
	 * @param quoted whether Hibernate quotes it (backticks, {@code globally_quoted_identifiers})
	 */
	public String spelling(String text, boolean quoted) {
		if (quoted) {
			return spellingOfStored(text);
		}
		String lowerCase = text.toLowerCase(Locale.ROOT);
		if (this.unquotedCase == UnquotedCase.UPPER && isPlain(lowerCase) && this.ownKeywords.contains(lowerCase)) {
			// A word the database reserves itself (day on H2): Hibernate's SQL cannot use it
			// unquoted there, so the spelling is the one that names it everywhere else
			return lowerCase;
		}
		return spellingOfStored(switch (this.unquotedCase) {
			case LOWER -> asciiLowerCase(text);
			case UPPER -> text.toUpperCase(Locale.ROOT);
			case AS_WRITTEN -> text;
		});
	}

	/**
	 * How a revision spells the name of a column Hibernate writes: as {@link #spelling}, except
	 * where the database stores names as written but compares columns without case (MariaDB):
	 * there in lower case, which names the same column on MariaDB and, unquoted, the column
	 * Hibernate's unquoted name names on the other databases.
	 */
	public String columnSpelling(String text, boolean quoted) {
		return (this.unquotedCase == UnquotedCase.AS_WRITTEN) ? text.toLowerCase(Locale.ROOT) : spelling(text, quoted);
	}

	/**
	 * The spelling of a name the database's catalog holds (see {@link #spelling}): the plain
	 * lower-case one where that stores the name, else the name itself where quoting it stores it,
	 * else the name in backticks.
	 */
	public String spellingOfStored(String stored) {
		String lowerCase = stored.toLowerCase(Locale.ROOT);
		if (isPlain(lowerCase) && stored(lowerCase).equals(stored)) {
			return lowerCase;
		}
		return stored(stored).equals(stored) ? stored : "`" + stored + "`";
	}

	/** PostgreSQL folds only the ASCII letters of an unquoted name: {@code ÉTAT} is {@code État}. */
	private static String asciiLowerCase(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			folded.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		return folded.toString();
	}

	/** The name without the backticks that make it quoted, for names derived from it. */
	public static String text(String name) {
		return isBackticked(name) ? name.substring(1, name.length() - 1) : name;
	}

	private static boolean isBackticked(String name) {
		return name.length() > 2 && name.charAt(0) == '`' && name.charAt(name.length() - 1) == '`';
	}

	/** Whether a reserved word, quoted, keeps its case: everywhere but where it is folded to upper case and not the database's own. */
	private boolean keepsCase(String reservedWord) {
		return this.unquotedCase != UnquotedCase.UPPER || this.ownKeywords.contains(reservedWord);
	}

	private boolean isReserved(String name) {
		return STANDARD_WORDS.contains(name) || this.dialectWords.contains(name);
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
