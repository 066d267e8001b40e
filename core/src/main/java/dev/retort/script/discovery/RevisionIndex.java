package dev.retort.script.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.retort.script.RevisionHeader;

/**
 * The build-time index of Java revisions: a resource with one line per class annotated with
 * {@link dev.retort.Revision @Revision}, written by {@link RevisionIndexProcessor} into every
 * compiled output (and so into every jar). Each line carries the class's binary name, its
 * header (the annotation's values) and a fingerprint of its source, tab-separated, so that
 * start-up builds the revision graph and checks applied revisions without loading a single
 * revision class; classes are loaded only when a revision runs.
 * <p>
 * A line holding only a class name (an index written by an earlier Retort) is still read: that
 * class is loaded to read its annotation.
 */
public final class RevisionIndex {

	/** Where the index lives in a compiled output or a jar. */
	public static final String RESOURCE = "META-INF/retort/revisions.idx";

	private static final String HEADER = """
			# Classes annotated with @dev.retort.Revision, written by the Retort annotation processor.
			# class<TAB>id<TAB>revises<TAB>depends-on<TAB>branch-labels<TAB>transactional<TAB>fingerprint<TAB>message
			""";

	private static final int FIELDS = 8;

	/**
	 * One indexed class.
	 * @param className the binary name of the class
	 * @param header its {@code @Revision} values, or {@code null} on a line that names only the
	 * class
	 * @param fingerprint a digest of the class's source as the compiler parsed it (comments and
	 * layout aside), or {@code null} when the compiler could not give the source
	 */
	public record Entry(String className, RevisionHeader header, String fingerprint) {

		/** An entry that names only the class, as indexes written before headers were. */
		static Entry classOnly(String className) {
			return new Entry(className, null, null);
		}

	}

	private RevisionIndex() {
	}

	/**
	 * The entries of an index. This runs at start-up for every line, interpreted, so the whole
	 * index is decoded at once and cut with {@code indexOf}, lines as a reader would (at
	 * {@code \n}, {@code \r} or {@code \r\n}) and fields without {@code String.split}.
	 */
	static List<Entry> read(InputStream input) throws IOException {
		return read(input, "");
	}

	/**
	 * The entries of the classes whose names start with {@code prefix}. The others are skipped
	 * unparsed: an index may list other packages' revisions, and parsing an entry costs more than
	 * finding its line.
	 */
	static List<Entry> read(InputStream input, String prefix) throws IOException {
		String content;
		try (input) {
			content = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<Entry> entries = new ArrayList<>();
		int length = content.length();
		int nextReturn = content.indexOf('\r');
		int start = 0;
		while (start < length) {
			int newline = content.indexOf('\n', start);
			int end = (newline >= 0) ? newline : length;
			int next = end + 1;
			if (nextReturn >= 0 && nextReturn < end) {
				end = nextReturn;
				next = (end + 1 < length && content.charAt(end + 1) == '\n') ? end + 2 : end + 1;
				nextReturn = content.indexOf('\r', next);
			}
			String line = content.substring(start, end);
			if (line.startsWith(prefix) && !line.isBlank() && !line.startsWith("#")) {
				entries.add(parse(line));
			}
			start = next;
		}
		return entries;
	}

	private static Entry parse(String line) throws IOException {
		int tab = line.indexOf('\t');
		if (tab < 0) {
			return Entry.classOnly(line.strip());
		}
		String[] fields = new String[FIELDS];
		int count = 0;
		int start = 0;
		while (tab >= 0 && count < FIELDS - 1) {
			fields[count++] = line.substring(start, tab);
			start = tab + 1;
			tab = line.indexOf('\t', start);
		}
		if (tab >= 0 || count < FIELDS - 1) {
			int found = line.split("\t", -1).length;
			throw new IOException("Malformed line in " + RESOURCE + " (" + found + " fields, expected " + FIELDS
					+ "): " + line + ". A clean build rewrites the index.");
		}
		fields[FIELDS - 1] = line.substring(start);
		RevisionHeader header = new RevisionHeader(unescape(fields[1]), list(fields[2]), list(fields[3]),
				list(fields[4]), unescape(fields[7]), Boolean.parseBoolean(fields[5]));
		return new Entry(fields[0], header, fields[6].isEmpty() ? null : fields[6]);
	}

	static void write(Collection<Entry> entries, Writer writer) throws IOException {
		writer.write(HEADER);
		for (Entry entry : entries.stream().sorted(Comparator.comparing(Entry::className)).toList()) {
			writer.write(entry.className());
			RevisionHeader header = entry.header();
			if (header != null) {
				writer.write(String.join("\t", "", escape(header.id()), join(header.revises()),
						join(header.dependsOn()), join(header.branchLabels()), String.valueOf(header.transactional()),
						(entry.fingerprint() != null) ? entry.fingerprint() : "", escape(header.message())));
			}
			writer.write('\n');
		}
	}

	private static String join(List<String> values) {
		return String.join(",", values.stream().map(RevisionIndex::escape).toList());
	}

	/** The values of a list field: split on the commas that escape() did not escape. */
	private static List<String> list(String field) {
		// Most fields are empty or hold one id: no list to build (and for the header to copy).
		if (field.isEmpty()) {
			return List.of();
		}
		if (field.indexOf(',') < 0) {
			return List.of(unescape(field));
		}
		List<String> values = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == ',') {
				values.add(unescape(field.substring(start, i)));
				start = i + 1;
			}
		}
		values.add(unescape(field.substring(start)));
		return values;
	}

	/** Keeps a value on its line and inside its field: backslash, tab, line breaks and commas escaped. */
	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case '\t' -> escaped.append("\\t");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case ',' -> escaped.append("\\,");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String unescape(String value) {
		if (value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder plain = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				plain.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> next;
				});
			}
			else {
				plain.append(c);
			}
		}
		return plain.toString();
	}

}
