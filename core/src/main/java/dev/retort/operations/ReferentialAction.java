package dev.retort.operations;

/**
 * What a foreign key does when the row it references is deleted or its key updated.
 */
public enum ReferentialAction {

	NO_ACTION("no action"), RESTRICT("restrict"), CASCADE("cascade"), SET_NULL("set null"),
	SET_DEFAULT("set default");

	private final String sql;

	ReferentialAction(String sql) {
		this.sql = sql;
	}

	/**
	 * The action a catalog's {@code UPDATE_RULE} or {@code DELETE_RULE} names ({@code CASCADE},
	 * {@code SET NULL}...); {@code NO_ACTION} for none.
	 */
	public static ReferentialAction ofRule(String rule) {
		if (rule == null) {
			return NO_ACTION;
		}
		return switch (rule) {
			case "CASCADE" -> CASCADE;
			case "SET NULL" -> SET_NULL;
			case "SET DEFAULT" -> SET_DEFAULT;
			case "RESTRICT" -> RESTRICT;
			default -> NO_ACTION;
		};
	}

	/** The action as SQL writes it, in lower case. */
	public String sql() {
		return this.sql;
	}

}
