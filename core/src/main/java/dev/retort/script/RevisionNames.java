package dev.retort.script;

import java.util.Set;

/**
 * The rules for revision ids and branch labels. Both must survive the target grammar, where
 * {@code @}, {@code +}, {@code -} and {@code :} have a meaning, and fit the version table's
 * 64-character column.
 */
public final class RevisionNames {

	/** The longest id the version table stores. */
	public static final int MAX_LENGTH = 64;

	/** Words of the target grammar, which a branch label cannot be. */
	public static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

	private RevisionNames() {
	}

	/**
	 * Whether {@code name} is 1 to {@link #MAX_LENGTH} ASCII letters, digits or underscores. A loop
	 * rather than a regex: it runs for every revision at start-up, interpreted, where a matcher
	 * per id costs several times as much.
	 */
	public static boolean isValid(String name) {
		if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	/** Why {@code name} is not a valid revision id, or {@code null} when it is. */
	public static String problemWithId(String id) {
		if (id == null || id.isEmpty()) {
			return "a revision id is empty";
		}
		if (id.length() > MAX_LENGTH) {
			return "revision id '" + id + "' has " + id.length() + " characters; at most " + MAX_LENGTH
					+ " are allowed";
		}
		if (!isValid(id)) {
			return "revision id '" + id + "' contains " + offendingCharacters(id)
					+ "; only letters, digits and '_' are allowed";
		}
		if (RESERVED.contains(id)) {
			return "revision id '" + id + "' is a reserved word of the target grammar";
		}
		return null;
	}

	/** Why {@code label} is not a valid branch label, or {@code null} when it is. */
	public static String problemWithLabel(String label) {
		if (label == null || label.isEmpty()) {
			return "a branch label is empty";
		}
		if (!isValid(label)) {
			return "branch label '" + label + "' contains " + offendingCharacters(label)
					+ " or is longer than " + MAX_LENGTH + " characters; only letters, digits and '_' are allowed";
		}
		if (RESERVED.contains(label)) {
			return "branch label '" + label + "' is a reserved word of the target grammar (" + String.join(", ",
					RESERVED.stream().sorted().toList()) + ")";
		}
		return null;
	}

	private static String offendingCharacters(String name) {
		StringBuilder offending = new StringBuilder();
		name.codePoints()
			.filter((c) -> !(c < 128 && (Character.isLetterOrDigit(c) || c == '_')))
			.distinct()
			.forEach((c) -> offending.append(offending.isEmpty() ? "" : ", ").append('\'').appendCodePoint(c).append('\''));
		return "character(s) " + offending;
	}

}
