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

	/** The action as SQL writes it, in lower case. */
	public String sql() {
		return this.sql;
	}

}
