package dev.retort.autogenerate.schema;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;

/**
 * Reads a column default as a database prints it back ({@code 'new'::character varying},
 * {@code b'1'}, {@code (0)}, {@code CURRENT_TIMESTAMP}, {@code current_timestamp()}) or as
 * {@code @ColumnDefault} writes it, into one normalised {@link ServerDefault}, so that the same
 * default compares equal however it is spelled.
 */
public final class DefaultValues {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

	private static final Pattern TRAILING_CAST = Pattern.compile("::[a-z_ ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?$");

	private DefaultValues() {
	}

	/**
	 * The default of a column of the given type, or {@code null} when there is none.
	 * @param sql the default as SQL; {@code null}, empty or {@code NULL} for none
	 * @param type the column's type, which says what {@code 1} means for a boolean
	 */
	public static ServerDefault parse(String sql, ColumnType type) {
		if (sql == null) {
			return null;
		}
		String text = unwrap(sql.strip());
		if (text.isEmpty() || text.equalsIgnoreCase("null")) {
			return null;
		}
		if (text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
			String value = text.substring(1, text.length() - 1).replace("''", "'");
			return typed(ServerDefault.text(value), value, type);
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.equals("true") || lower.equals("false")) {
			return ServerDefault.bool(lower.equals("true"));
		}
		if (lower.equals("b'1'") || lower.equals("b'0'")) {
			return ServerDefault.bool(lower.equals("b'1'"));
		}
		if (NUMBER.matcher(text).matches()) {
			return typed(ServerDefault.number(new BigDecimal(text)), text, type);
		}
		return ServerDefault.expression(canonicalExpression(lower));
	}

	/** A literal read as the column's type: {@code '0'} on a number column is the number 0. */
	private static ServerDefault typed(ServerDefault literal, String value, ColumnType type) {
		if (type instanceof ColumnType.Bool) {
			if (value.equals("1") || value.equalsIgnoreCase("true")) {
				return ServerDefault.bool(true);
			}
			if (value.equals("0") || value.equalsIgnoreCase("false")) {
				return ServerDefault.bool(false);
			}
		}
		if (isNumeric(type) && NUMBER.matcher(value).matches()) {
			return ServerDefault.number(new BigDecimal(value));
		}
		if (isText(type) && literal instanceof ServerDefault.Numeric) {
			return ServerDefault.text(value);
		}
		return literal;
	}

	private static boolean isNumeric(ColumnType type) {
		return type instanceof ColumnType.SmallInt || type instanceof ColumnType.Int || type instanceof ColumnType.BigInt
				|| type instanceof ColumnType.Decimal || type instanceof ColumnType.Real
				|| type instanceof ColumnType.DoublePrecision;
	}

	private static boolean isText(ColumnType type) {
		return type instanceof ColumnType.VarChar || type instanceof ColumnType.Text
				|| type instanceof ColumnType.Enumerated;
	}

	/** Without enclosing parentheses and PostgreSQL's trailing casts. */
	private static String unwrap(String sql) {
		String text = sql;
		boolean changed = true;
		while (changed) {
			changed = false;
			String uncast = TRAILING_CAST.matcher(text.toLowerCase(Locale.ROOT)).find()
					? text.substring(0, text.toLowerCase(Locale.ROOT).lastIndexOf("::")).strip() : text;
			if (!uncast.equals(text) && !insideQuotes(text, text.toLowerCase(Locale.ROOT).lastIndexOf("::"))) {
				text = uncast;
				changed = true;
			}
			if (text.startsWith("(") && text.endsWith(")") && enclosesAll(text)) {
				text = text.substring(1, text.length() - 1).strip();
				changed = true;
			}
		}
		return text;
	}

	private static boolean insideQuotes(String text, int position) {
		int quotes = 0;
		for (int i = 0; i < position; i++) {
			if (text.charAt(i) == '\'') {
				quotes++;
			}
		}
		return quotes % 2 == 1;
	}

	/** Whether the first parenthesis closes at the end, as in {@code (0)} but not {@code (a) + (b)}. */
	private static boolean enclosesAll(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (depth == 0 && i < text.length() - 1) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * One spelling of an expression: without spaces, the synonyms of the current time as
	 * {@code current_timestamp}.
	 */
	static String canonicalExpression(String lower) {
		// MariaDB writes the column's fractional digits into the function: current_timestamp(6)
		String expression = lower.replaceAll("\\s+", "").replaceAll("^(current_timestamp|now|localtimestamp)\\(\\d\\)$",
				"current_timestamp");
		return switch (expression) {
			case "now()", "current_timestamp()", "current_timestamp", "localtimestamp", "localtimestamp()",
					"transaction_timestamp()" ->
				"current_timestamp";
			case "current_date()", "curdate()" -> "current_date";
			default -> expression;
		};
	}

	/**
	 * Whether two defaults are the same: equal after normalisation, where a number equals the
	 * same number however many trailing zeros it has.
	 */
	public static boolean same(ServerDefault left, ServerDefault right) {
		if (left == null || right == null) {
			return left == right;
		}
		return key(left).equals(key(right));
	}

	private static String key(ServerDefault value) {
		if (value instanceof ServerDefault.Numeric numeric) {
			return "n:" + numeric.value().stripTrailingZeros().toPlainString();
		}
		if (value instanceof ServerDefault.Text text) {
			return "t:" + text.value();
		}
		if (value instanceof ServerDefault.Bool bool) {
			return "b:" + bool.value();
		}
		if (value instanceof ServerDefault.Expression expression) {
			return "e:" + canonicalExpression(expression.sql().toLowerCase(Locale.ROOT));
		}
		return "none";
	}

}
