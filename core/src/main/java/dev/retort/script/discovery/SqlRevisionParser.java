package dev.retort.script.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.script.RevisionHeader;
import dev.retort.script.SqlRevisionScript;

/**
 * Reads a {@code .sql} revision:
 *
 * <pre class="code">
 * -- retort:revision id=3f2a9c1d7b4e revises=1975ea83b712 message="Add index on email"
 * -- retort:upgrade
 * CREATE INDEX ix_user_email ON "user" (email);
 * -- retort:downgrade
 * DROP INDEX ix_user_email;
 * </pre>
 *
 * The header may also carry {@code revises=a,b} (a merge), {@code branch-labels=},
 * {@code depends-on=} and {@code transactional=false}. Blank lines and ordinary comments may
 * precede it; the downgrade section may be left out.
 */
public final class SqlRevisionParser {

	private static final Pattern DIRECTIVE = Pattern.compile("^\\s*--\\s*retort:(\\S*)(.*)$");

	private static final Set<String> ATTRIBUTES = Set.of("id", "revises", "message", "branch-labels", "depends-on",
			"transactional");

	private SqlRevisionParser() {
	}

	/**
	 * @param resource the file's name for messages and {@link SqlRevisionScript#resource()}
	 * @param content the file's text
	 * @throws SqlRevisionFormatException naming the file and line of the problem
	 */
	public static SqlRevisionScript parse(String resource, String content) {
		List<String> lines = content.lines().toList();
		RevisionHeader header = null;
		Map<String, Section> sections = new LinkedHashMap<>();
		Section current = null;
		for (int i = 0; i < lines.size(); i++) {
			int lineNumber = i + 1;
			String line = lines.get(i);
			Matcher directive = DIRECTIVE.matcher(line);
			if (directive.matches()) {
				String name = directive.group(1);
				String rest = directive.group(2).strip();
				switch (name) {
					case "revision" -> {
						if (header != null) {
							throw new SqlRevisionFormatException(resource, lineNumber,
									"a second '-- retort:revision' header; a file holds one revision");
						}
						header = header(resource, lineNumber, rest);
					}
					case "upgrade", "downgrade" -> {
						if (header == null) {
							throw missingHeader(resource, lineNumber);
						}
						if (!rest.isEmpty()) {
							throw new SqlRevisionFormatException(resource, lineNumber,
									"unexpected text after '-- retort:" + name + "': '" + rest + "'");
						}
						if (sections.containsKey(name)) {
							throw new SqlRevisionFormatException(resource, lineNumber,
									"a second '-- retort:" + name + "' section");
						}
						current = new Section(lineNumber + 1);
						sections.put(name, current);
					}
					case "lint-ignore" -> {
						// Read by lint with the statement it stands before
						if (current == null) {
							throw new SqlRevisionFormatException(resource, lineNumber, "'-- retort:lint-ignore' stands"
									+ " right before the statement it is about, under '-- retort:upgrade'");
						}
						current.lines.add(line);
					}
					default -> throw new SqlRevisionFormatException(resource, lineNumber, "unknown directive '-- retort:"
							+ name + "'; the directives are 'retort:revision', 'retort:upgrade', 'retort:downgrade'"
							+ " and 'retort:lint-ignore'");
				}
			}
			else if (current != null) {
				current.lines.add(line);
			}
			else if (!line.isBlank() && !line.strip().startsWith("--")) {
				throw (header == null) ? missingHeader(resource, lineNumber)
						: new SqlRevisionFormatException(resource, lineNumber,
								"SQL before '-- retort:upgrade'; put the statements under that line");
			}
		}
		if (header == null) {
			throw missingHeader(resource, Math.max(1, lines.size()));
		}
		if (!sections.containsKey("upgrade")) {
			throw new SqlRevisionFormatException(resource, lines.size(),
					"no '-- retort:upgrade' section; add that line above the upgrade statements");
		}
		return new SqlRevisionScript(header, resource, statements(resource, sections.get("upgrade")),
				sections.containsKey("downgrade") ? statements(resource, sections.get("downgrade")) : List.of());
	}

	private static SqlRevisionFormatException missingHeader(String resource, int line) {
		return new SqlRevisionFormatException(resource, line, "a .sql revision starts with a header such as "
				+ "'-- retort:revision id=3f2a9c1d7b4e revises=1975ea83b712 message=\"Add index on email\"'");
	}

	private static List<String> statements(String resource, Section section) {
		try {
			return SqlStatementSplitter.split(String.join("\n", section.lines));
		}
		catch (SqlStatementSplitter.UnterminatedException ex) {
			throw new SqlRevisionFormatException(resource, section.firstLine + ex.line() - 1, ex.getMessage());
		}
	}

	private static RevisionHeader header(String resource, int line, String text) {
		Map<String, String> attributes = attributes(resource, line, text);
		String id = attributes.get("id");
		if (id == null || id.isEmpty()) {
			throw new SqlRevisionFormatException(resource, line, "the header has no id; add id=<revision id>");
		}
		String transactional = attributes.getOrDefault("transactional", "true");
		if (!transactional.equals("true") && !transactional.equals("false")) {
			throw new SqlRevisionFormatException(resource, line,
					"transactional must be true or false, not '" + transactional + "'");
		}
		return new RevisionHeader(id, list(attributes.get("revises")), list(attributes.get("depends-on")),
				list(attributes.get("branch-labels")), attributes.getOrDefault("message", ""),
				Boolean.parseBoolean(transactional));
	}

	/** {@code key=value} pairs; a value is a word or a double-quoted string with {@code \"} escapes. */
	private static Map<String, String> attributes(String resource, int line, String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		int i = 0;
		while (i < text.length()) {
			if (Character.isWhitespace(text.charAt(i))) {
				i++;
				continue;
			}
			int equals = text.indexOf('=', i);
			int space = indexOfWhitespace(text, i);
			if (equals < 0 || (space >= 0 && space < equals)) {
				String word = text.substring(i, (space < 0) ? text.length() : space);
				throw new SqlRevisionFormatException(resource, line, "'" + word + "' in the header is not key=value");
			}
			String key = text.substring(i, equals);
			if (!ATTRIBUTES.contains(key)) {
				throw new SqlRevisionFormatException(resource, line, "unknown attribute '" + key
						+ "' in the header; known attributes: " + String.join(", ", ATTRIBUTES.stream().sorted().toList()));
			}
			StringBuilder value = new StringBuilder();
			i = equals + 1;
			if (i < text.length() && text.charAt(i) == '"') {
				i++;
				while (i < text.length() && text.charAt(i) != '"') {
					if (text.charAt(i) == '\\' && i + 1 < text.length()) {
						i++;
					}
					value.append(text.charAt(i++));
				}
				if (i >= text.length()) {
					throw new SqlRevisionFormatException(resource, line, "the value of '" + key + "' has no closing quote");
				}
				i++;
			}
			else {
				int end = indexOfWhitespace(text, i);
				end = (end < 0) ? text.length() : end;
				value.append(text, i, end);
				i = end;
			}
			if (attributes.put(key, value.toString()) != null) {
				throw new SqlRevisionFormatException(resource, line, "'" + key + "' is given twice in the header");
			}
		}
		return attributes;
	}

	private static int indexOfWhitespace(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> list(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	private static final class Section {

		private final int firstLine;

		private final List<String> lines = new ArrayList<>();

		Section(int firstLine) {
			this.firstLine = firstLine;
		}

	}

}
