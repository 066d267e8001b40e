package dev.retort.script;

/**
 * A target as written, split into its parts: {@code [branch@][symbol][+N|-N]}. The symbol is
 * {@code head}, {@code heads}, {@code base}, {@code current}, a revision id (or a unique prefix of
 * at least four characters) or a branch label; the branch, a label or a revision id, narrows it to
 * one line of the graph.
 *
 * @param text the target as the user wrote it
 * @param branch the part before {@code @}, or {@code null}
 * @param symbol the symbol, empty when the target is only a relative step such as {@code +1}
 * @param steps the relative step, or 0 when there is none
 */
record TargetExpression(String text, String branch, String symbol, int steps) {

	/**
	 * The longest target that can mean anything: a label, {@code @}, an id and a step. A longer
	 * one is refused before it is echoed into messages that travel back over HTTP or into logs.
	 */
	private static final int MAX_LENGTH = 2 * RevisionNames.MAX_LENGTH + 12;

	static TargetExpression parse(String target) {
		String text = (target != null) ? target.strip() : "";
		if (text.length() > MAX_LENGTH) {
			throw new InvalidTargetException("A target of " + text.length() + " characters is not understood:"
					+ " revision ids and branch labels have at most " + RevisionNames.MAX_LENGTH + " characters."
					+ " It starts with '" + text.substring(0, 40) + "'.");
		}
		String branch = null;
		String rest = text;
		int at = text.indexOf('@');
		if (at >= 0) {
			branch = text.substring(0, at);
			rest = text.substring(at + 1);
			if (branch.isEmpty() || rest.isEmpty() || rest.indexOf('@') >= 0) {
				throw malformed(text);
			}
		}
		int sign = firstSign(rest);
		if (sign < 0) {
			return new TargetExpression(text, branch, rest.isEmpty() ? "base" : rest, 0);
		}
		String number = rest.substring(sign + 1);
		if (number.isEmpty() || !number.chars().allMatch(Character::isDigit) || number.length() > 9) {
			throw malformed(text);
		}
		int steps = Integer.parseInt(number) * ((rest.charAt(sign) == '-') ? -1 : 1);
		if (steps == 0) {
			throw new InvalidTargetException("Relative revision '" + text + "' moves zero steps; use +N or -N with N of "
					+ "at least 1.");
		}
		return new TargetExpression(text, branch, rest.substring(0, sign), steps);
	}

	private static int firstSign(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '+' || text.charAt(i) == '-') {
				return i;
			}
		}
		return -1;
	}

	private static InvalidTargetException malformed(String text) {
		return new InvalidTargetException("Target '" + text + "' is not understood. Use 'head', 'heads', 'base', a "
				+ "revision id (or its first four or more characters), '+N', '-N', '<revision>+N', '<label>@head', "
				+ "'<label>@+N' or '<label>@base'.");
	}

	boolean isRelative() {
		return this.steps != 0;
	}

	/** Whether only a step was written, as in {@code +2} or {@code label@-1}. */
	boolean isBareRelative() {
		return isRelative() && this.symbol.isEmpty();
	}

}
