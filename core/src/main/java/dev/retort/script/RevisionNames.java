package dev.retort.script;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for revision ids and branch labels. Both must survive the target grammar, where
 * {@code @}, {@code +}, {@code -} and {@code :} have a meaning, and fit the version table's
 * 64-character column.
 */
public final class RevisionNames {

	/** The longest id the version table stores. */
	public static final int MAX_LENGTH = 64;

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1," + MAX_LENGTH + "}");

	/** Words of the target grammar, which a branch label cannot be. */
	public static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

	private RevisionNames() {
	}

	public static boolean isValid(String name) {
		return name != null && VALID.matcher(name).matches();
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
