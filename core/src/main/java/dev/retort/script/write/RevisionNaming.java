package dev.retort.script.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names of written revisions. A Java revision is {@code V0042_AddIsActiveToUser}, a SQL one
 * {@code 0042_add_is_active_to_user.sql}: the number is the revision's depth in the graph, so a
 * directory listing shows revisions in the order they apply (siblings on parallel branches
 * share a number, which tells the reader they are parallel), and the rest is the message, which
 * is what a person looks for. The id stays in the annotation or header, where it is needed;
 * random hex in a file name would sort meaninglessly.
 */
final class RevisionNaming {

	private static final int MAX_WORDS_LENGTH = 60;

	private RevisionNaming() {
	}

	static String javaClassName(NewRevision revision) {
		StringBuilder name = new StringBuilder();
		for (String word : words(revision.message())) {
			if (name.length() + word.length() > MAX_WORDS_LENGTH) {
				break;
			}
			int first = word.codePointAt(0);
			name.appendCodePoint(Character.toUpperCase(first)).append(word.substring(Character.charCount(first)));
		}
		return prefix(revision) + "_" + (name.isEmpty() ? "Revision" : name);
	}

	static String sqlFileName(NewRevision revision) {
		StringBuilder name = new StringBuilder();
		for (String word : words(revision.message())) {
			if (name.length() + word.length() > MAX_WORDS_LENGTH) {
				break;
			}
			name.append(name.isEmpty() ? "" : "_").append(word.toLowerCase(Locale.ROOT));
		}
		return prefix(revision).substring(1) + "_" + (name.isEmpty() ? "revision" : name) + ".sql";
	}

	private static String prefix(NewRevision revision) {
		return "V%04d".formatted(revision.sequence());
	}

	/** Runs of letters and digits that may appear in a Java identifier. */
	private static List<String> words(String message) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		message.codePoints().forEach((c) -> {
			if (Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c)) {
				word.appendCodePoint(c);
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

}
