package dev.retort.script.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a section of SQL into statements at the semicolons that end them, not at those inside
 * string literals ({@code '...'}, {@code E'...'} with backslash escapes), quoted identifiers
 * ({@code "..."}, {@code `...`}), comments ({@code --}, nested {@code /* *}{@code /}) or
 * PostgreSQL dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}). Comments before a statement
 * and empty statements are dropped, except a {@code -- retort:lint-ignore} line, which goes with
 * the statement it stands before; comments inside a statement are kept.
 * <p>
 * Backslashes only escape inside {@code E'...'}: MariaDB's {@code 'it\'s'} must be written
 * {@code 'it''s'}. Bodies of MariaDB stored programs, which contain semicolons, cannot be split
 * and belong in a Java revision.
 */
final class SqlStatementSplitter {

	/** A quote or comment that the section ends inside. */
	static final class UnterminatedException extends Exception {

		private final int line;

		UnterminatedException(String what, int line) {
			super(what + " opened on this line is never closed");
			this.line = line;
		}

		int line() {
			return this.line;
		}

	}

	/**
	 * A suppression kept with its statement: written {@code -- retort:lint-ignore}, with the space
	 * MariaDB needs to read {@code --} as a comment (without it the line would reach the database
	 * as SQL), so one written without is dropped as any other comment before a statement is.
	 */
	private static final java.util.regex.Pattern LINT_IGNORE = java.util.regex.Pattern
		.compile("--[ \\t]+retort:lint-ignore\\b");

	private final String sql;

	private final List<String> statements = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	private int position;

	private int line = 1;

	private SqlStatementSplitter(String sql) {
		this.sql = sql;
	}

	/** The statements of {@code sql}; line numbers in errors count from 1 at its first line. */
	static List<String> split(String sql) throws UnterminatedException {
		SqlStatementSplitter splitter = new SqlStatementSplitter(sql);
		splitter.run();
		return splitter.statements;
	}

	private void run() throws UnterminatedException {
		while (this.position < this.sql.length()) {
			char c = this.sql.charAt(this.position);
			if (c == ';') {
				finishStatement();
				this.position++;
			}
			else if (startsWith("--")) {
				lineComment();
			}
			else if (startsWith("/*")) {
				blockComment();
			}
			else if (c == '\'') {
				quoted('\'', "A string literal", isEscapeString());
			}
			else if (c == '"') {
				quoted('"', "A quoted identifier", false);
			}
			else if (c == '`') {
				quoted('`', "A quoted identifier", false);
			}
			else if (c == '$' && dollarQuote()) {
				// consumed
			}
			else {
				code(c);
			}
		}
		finishStatement();
	}

	private void code(char c) {
		if (this.current.isEmpty() && Character.isWhitespace(c)) {
			countLine(c);
			this.position++;
			return;
		}
		append(c);
	}

	private void lineComment() {
		int end = this.sql.indexOf('\n', this.position);
		end = (end < 0) ? this.sql.length() : end;
		if (LINT_IGNORE.matcher(this.sql.substring(this.position, end)).lookingAt()) {
			// Lint reads it with the statement it stands before
			appendUpTo(end);
		}
		else {
			keepIfInStatement(end);
		}
	}

	private void blockComment() throws UnterminatedException {
		int startLine = this.line;
		int depth = 0;
		int i = this.position;
		while (i < this.sql.length()) {
			if (this.sql.startsWith("/*", i)) {
				depth++;
				i += 2;
			}
			else if (this.sql.startsWith("*/", i)) {
				depth--;
				i += 2;
				if (depth == 0) {
					keepIfInStatement(i);
					return;
				}
			}
			else {
				i++;
			}
		}
		throw new UnterminatedException("A /* comment", startLine);
	}

	private void quoted(char quote, String what, boolean backslashEscapes) throws UnterminatedException {
		int startLine = this.line;
		int i = this.position + 1;
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < this.sql.length() && this.sql.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					appendUpTo(i + 1);
					return;
				}
			}
			else {
				i++;
			}
		}
		throw new UnterminatedException(what, startLine);
	}

	/** Consumes a dollar-quoted string if one starts here; {@code $1} and {@code a$b} are not. */
	private boolean dollarQuote() throws UnterminatedException {
		if (this.position > 0 && isIdentifierPart(this.sql.charAt(this.position - 1))) {
			return false;
		}
		int i = this.position + 1;
		while (i < this.sql.length() && this.sql.charAt(i) != '$') {
			char c = this.sql.charAt(i);
			boolean valid = (i == this.position + 1) ? (Character.isLetter(c) || c == '_') : isIdentifierPart(c);
			if (!valid) {
				return false;
			}
			i++;
		}
		if (i >= this.sql.length()) {
			return false;
		}
		String tag = this.sql.substring(this.position, i + 1);
		int end = this.sql.indexOf(tag, i + 1);
		if (end < 0) {
			throw new UnterminatedException("A dollar-quoted string " + tag, this.line);
		}
		appendUpTo(end + tag.length());
		return true;
	}

	private boolean isEscapeString() {
		if (this.position == 0) {
			return false;
		}
		char before = this.sql.charAt(this.position - 1);
		boolean prefixed = before == 'E' || before == 'e';
		return prefixed && (this.position < 2 || !isIdentifierPart(this.sql.charAt(this.position - 2)));
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	private boolean startsWith(String token) {
		return this.sql.startsWith(token, this.position);
	}

	/** Comments count as part of a statement once it has begun; before that they are dropped. */
	private void keepIfInStatement(int end) {
		if (this.current.isEmpty()) {
			for (int i = this.position; i < end; i++) {
				countLine(this.sql.charAt(i));
			}
			this.position = end;
		}
		else {
			appendUpTo(end);
		}
	}

	private void appendUpTo(int end) {
		while (this.position < end) {
			append(this.sql.charAt(this.position));
		}
	}

	private void append(char c) {
		this.current.append(c);
		countLine(c);
		this.position++;
	}

	private void countLine(char c) {
		if (c == '\n') {
			this.line++;
		}
	}

	private void finishStatement() {
		String statement = this.current.toString().strip();
		if (!statement.isEmpty()) {
			this.statements.add(statement);
		}
		this.current.setLength(0);
	}

}
