package dev.retort.autogenerate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the checks Hibernate writes on an enum column, whatever way each database prints them
 * back, as one comparable {@link ColumnCheck}: an ordinal enum's range
 * ({@code c between 0 and 2}; PostgreSQL prints {@code ((c >= 0) AND (c <= 2))}) and a named
 * enum's list ({@code c in ('A','B')}; PostgreSQL prints
 * {@code ((c)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}, and a list of one
 * value as {@code c = 'A'} everywhere). H2 prints names in
 * upper case and quoted, MariaDB in backquotes. Other conditions are not read.
 */
public final class CheckConditions {

	/** A column as the databases print it: plain, quoted, back-quoted, parenthesised, cast. */
	private static final String COLUMN = "\\(?\\s*(\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|[A-Za-z_][A-Za-z0-9_$]*)\\s*\\)?"
			+ "(?:::[a-z ]+)?";

	private static final Pattern BETWEEN = Pattern.compile(COLUMN + "\\s+between\\s+(-?\\d+)\\s+and\\s+(-?\\d+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RANGE = Pattern.compile("\\(?\\s*" + COLUMN + "\\s*>=\\s*(-?\\d+)\\s*\\)?\\s+and\\s+\\(?\\s*"
			+ COLUMN + "\\s*<=\\s*(-?\\d+)\\s*\\)?", Pattern.CASE_INSENSITIVE);

	private static final Pattern IN = Pattern.compile(COLUMN + "\\s+in\\s*\\((.*)\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern ANY_ARRAY = Pattern.compile(COLUMN + "\\s*=\\s*any\\s*\\(+\\s*array\\s*\\[((?:'(?:[^']|'')*'|[^\\]'])*)\\]\\s*\\)?"
			+ "(?:::[a-z ]+\\[\\])?\\s*\\)?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A range of one value, as H2 prints {@code c between 0 and 0}. */
	private static final Pattern EQUALS_NUMBER = Pattern.compile(COLUMN + "\\s*=\\s*(-?\\d+)",
			Pattern.CASE_INSENSITIVE);

	/** A list of one value, as the databases print {@code c in ('A')}. */
	private static final Pattern EQUALS = Pattern.compile(COLUMN + "\\s*=\\s*('(?:[^']|'')*')(?:::[a-z ]+)?",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/**
	 * A discriminator other than a subclass's value: {@code kind <> 'Box'}, {@code kind <> 2}; H2
	 * writes other than ASCII as {@code U&'K\00e4stchen'}, MariaDB escapes a quote with a
	 * backslash, PostgreSQL casts a number ({@code '-1'::integer}).
	 */
	private static final Pattern OTHER_SUBCLASS = Pattern.compile(COLUMN
			+ "\\s*(?:<>|!=)\\s*(U&'(?:[^']|'')*'|'(?:[^'\\\\]|''|\\\\.)*'|-?\\d+)(?:::([a-z ]+))?",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern NUMERIC_CAST = Pattern.compile("(?i)integer|bigint|smallint|numeric.*|int[248]?");

	private static final Pattern NOT_NULL = Pattern.compile(COLUMN + "\\s+is\\s+not\\s+null", Pattern.CASE_INSENSITIVE);

	private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

	private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

	private CheckConditions() {
	}

	/** The check on one column that a condition is, when it is an enum's range or list. */
	public static Optional<ColumnCheck> columnCheck(String condition) {
		String text = unwrap(condition);
		Matcher between = BETWEEN.matcher(text);
		if (between.matches()) {
			return Optional.of(new ColumnCheck(column(between.group(1)), Long.parseLong(between.group(2)),
					Long.parseLong(between.group(3)), null, between.group(1)));
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches() && column(range.group(1)).equalsIgnoreCase(column(range.group(3)))) {
			return Optional.of(new ColumnCheck(column(range.group(1)), Long.parseLong(range.group(2)),
					Long.parseLong(range.group(4)), null, range.group(1)));
		}
		Matcher single = EQUALS_NUMBER.matcher(text);
		if (single.matches()) {
			long value = Long.parseLong(single.group(2));
			return Optional.of(new ColumnCheck(column(single.group(1)), value, value, null, single.group(1)));
		}
		Matcher list = ANY_ARRAY.matcher(text);
		if (!list.matches()) {
			list = IN.matcher(text);
		}
		if (!list.matches()) {
			list = EQUALS.matcher(text);
		}
		if (!list.matches()) {
			return Optional.empty();
		}
		List<String> values = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(list.group(2));
		while (quoted.find()) {
			values.add(quoted.group(1).replace("''", "'"));
		}
		// Only lists of string literals: the values an enum by name may take
		String rest = QUOTED.matcher(list.group(2)).replaceAll("").replaceAll("::[a-z ]+", "").replaceAll("[\\s,]", "");
		return (values.isEmpty() || !rest.isEmpty()) ? Optional.empty()
				: Optional.of(new ColumnCheck(column(list.group(1)), 0, 0, values, list.group(1)));
	}

	/**
	 * The check Hibernate writes on a SINGLE_TABLE hierarchy's table for a subclass whose columns
	 * may not be null: {@code (kind <> 'Box') or (width is not null and label is not null)}, as
	 * each database prints it back (PostgreSQL casts the discriminator and parenthesises every
	 * term, H2 quotes upper-case names, MariaDB drops the parentheses).
	 */
	public static Optional<SubclassCheck> subclassCheck(String condition) {
		boolean backslashes = condition.contains("`");
		List<String> either = split(unwrap(condition), " or ", backslashes);
		if (either.size() != 2) {
			return Optional.empty();
		}
		Matcher other = OTHER_SUBCLASS.matcher(unwrap(either.get(0)));
		if (!other.matches()) {
			return Optional.empty();
		}
		boolean plain = !quoted(other.group(1));
		SortedSet<String> columns = new TreeSet<>();
		for (String term : split(unwrap(either.get(1)), " and ", backslashes)) {
			Matcher notNull = NOT_NULL.matcher(unwrap(term));
			if (!notNull.matches()) {
				return Optional.empty();
			}
			columns.add(column(notNull.group(1)));
			plain &= !quoted(notNull.group(1));
		}
		String literal = other.group(2);
		boolean numeric = !literal.endsWith("'")
				|| (other.group(3) != null && NUMERIC_CAST.matcher(other.group(3).strip()).matches());
		return Optional.of(new SubclassCheck(column(other.group(1)), text(literal, backslashes), numeric, columns,
				plain));
	}

	private static boolean quoted(String printed) {
		return printed.startsWith("\"") || printed.startsWith("`");
	}

	/** A literal's value: a string's text without its quotes and escapes, or the number. */
	private static String text(String literal, boolean backslashes) {
		if (!literal.endsWith("'")) {
			return literal;
		}
		boolean unicode = literal.regionMatches(true, 0, "U&", 0, 2);
		String inner = literal.substring(unicode ? 3 : 1, literal.length() - 1).replace("''", "'");
		if (unicode) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < inner.length(); i++) {
				char c = inner.charAt(i);
				if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '\\') {
					text.append('\\');
					i++;
				}
				else if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '+' && i + 8 <= inner.length()) {
					text.appendCodePoint(Integer.parseInt(inner.substring(i + 2, i + 8), 16));
					i += 7;
				}
				else if (c == '\\' && i + 5 <= inner.length()) {
					text.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
					i += 4;
				}
				else {
					text.append(c);
				}
			}
			return text.toString();
		}
		return backslashes ? inner.replace("\\'", "'").replace("\\\\", "\\") : inner;
	}

	/**
	 * The text's parts between the word (in any case) where it stands outside parentheses and
	 * quotes; {@code backslashes} where a backslash escapes the next character in a string
	 * (MariaDB).
	 */
	private static List<String> split(String text, String word, boolean backslashes) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		char quote = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (backslashes && quote == '\'' && c == '\\') {
					i++;
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (depth == 0 && text.regionMatches(true, i, word, 0, word.length())) {
				parts.add(text.substring(start, i).strip());
				start = i + word.length();
				i = start - 1;
			}
		}
		parts.add(text.substring(start).strip());
		return parts;
	}

	/**
	 * The condition without the {@code CHECK} keyword and the parentheses that enclose all of
	 * it: {@code CHECK ((x > 0))} is {@code x > 0}, and {@code (a) AND (b)} stays as it is.
	 */
	public static String unwrap(String condition) {
		String text = condition.strip();
		if (text.regionMatches(true, 0, "CHECK", 0, 5)) {
			text = text.substring(5).strip();
		}
		while (text.startsWith("(") && closingParenthesis(text) == text.length() - 1) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text;
	}

	/** Where the parenthesis that opens the text closes, outside string literals and quoted names. */
	private static int closingParenthesis(String text) {
		int depth = 0;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** A column's name as printed: unquoted, and as Hibernate writes it where H2 upper-cased it. */
	private static String column(String printed) {
		if (printed.startsWith("\"") || printed.startsWith("`")) {
			String quote = printed.substring(0, 1);
			String name = printed.substring(1, printed.length() - 1).replace(quote + quote, quote);
			return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
		}
		return printed.toLowerCase(Locale.ROOT);
	}

	/**
	 * A check restricting one column to a range of numbers (an enum by ordinal) or to a list of
	 * strings (an enum by name).
	 *
	 * @param column the column's name
	 * @param from the range's lower end, when a range
	 * @param to the range's upper end, when a range
	 * @param values the allowed strings in the order written, or {@code null} for a range
	 * @param printed the column's name as the condition writes it, quoted or not
	 */
	public record ColumnCheck(String column, long from, long to, List<String> values, String printed) {

		/** Whether both check the same column the same way; the order of a list does not count. */
		public boolean sameAs(ColumnCheck other) {
			if (!this.column.equalsIgnoreCase(other.column)) {
				return false;
			}
			if (this.values == null || other.values == null) {
				return this.values == other.values && this.from == other.from && this.to == other.to;
			}
			return this.values.stream().sorted().toList().equals(other.values.stream().sorted().toList());
		}

		public ColumnCheck withColumn(String name) {
			return new ColumnCheck(name, this.from, this.to, this.values,
					name.equals(this.column) ? this.printed : name);
		}

		/**
		 * The condition as SQL every database reads alike, or {@code null} when the column's
		 * name may need quotes the databases write differently: a name in backquotes (MariaDB
		 * quotes every name, reserved or not).
		 */
		public String sql() {
			String name;
			if (this.printed.startsWith("\"")
					&& !this.printed.equals(this.printed.toUpperCase(Locale.ROOT))) {
				// Quoted by PostgreSQL or H2 because it must be: a reserved word or not lower case
				name = this.printed;
			}
			else if (!this.printed.startsWith("`") && PLAIN.matcher(this.column).matches()) {
				name = this.column;
			}
			else {
				return null;
			}
			if (this.values == null) {
				return name + " between " + this.from + " and " + this.to;
			}
			return name + " in (" + String.join(",", this.values.stream()
				.map((value) -> "'" + value.replace("'", "''") + "'")
				.toList()) + ")";
		}

	}


	/**
	 * A subclass's check on a SINGLE_TABLE hierarchy's table: the rows whose discriminator is
	 * the subclass's value have its required columns.
	 *
	 * @param discriminator the discriminator column's name
	 * @param value the subclass's discriminator value: a string's text, or a number
	 * @param numeric whether the discriminator is a number
	 * @param columns the columns it requires, by name
	 * @param plainNames whether every name was written without quotes, as plain words
	 */
	public record SubclassCheck(String discriminator, String value, boolean numeric, SortedSet<String> columns,
			boolean plainNames) {

		/**
		 * Whether both require the same columns of the same subclass; names compared in any case
		 * (MariaDB prints a column as stored, {@code due7col}, where the mapping says
		 * {@code Due7Col}).
		 */
		public boolean sameAs(SubclassCheck other) {
			return this.discriminator.equalsIgnoreCase(other.discriminator) && this.value.equals(other.value)
					&& folded(this.columns).equals(folded(other.columns));
		}

		private static java.util.Set<String> folded(SortedSet<String> names) {
			return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
		}

		/** The same check, its discriminator and columns renamed as the map says (old name to new). */
		public SubclassCheck renamed(java.util.Map<String, String> names) {
			SortedSet<String> renamed = new TreeSet<>();
			this.columns.forEach((column) -> renamed.add(names.getOrDefault(column, column)));
			return new SubclassCheck(names.getOrDefault(this.discriminator, this.discriminator), this.value,
					this.numeric, renamed, this.plainNames);
		}

		/**
		 * The condition as SQL every database reads alike, or {@code null} when a name was
		 * quoted (a reserved word, a name not in lower case, or MariaDB, which quotes them all)
		 * or is not a plain word: then the check is restored as the database printed it.
		 */
		public String sql() {
			List<String> names = new ArrayList<>(List.of(this.discriminator));
			names.addAll(this.columns);
			if (!this.plainNames || !names.stream().allMatch((name) -> PLAIN.matcher(name).matches())) {
				return null;
			}
			String literal = this.numeric ? this.value : "'" + this.value.replace("'", "''") + "'";
			return "(" + this.discriminator + " <> " + literal + ") or ("
					+ String.join(" and ", this.columns.stream().map((column) -> column + " is not null").toList()) + ")";
		}

	}

}
