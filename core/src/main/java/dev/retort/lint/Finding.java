package dev.retort.lint;

/**
 * One rule's finding in one statement of one revision.
 *
 * @param revision the revision's id
 * @param statement the statement's place in the revision's upgrade, from 1
 * @param rule the rule's id, as {@code -- retort:lint-ignore} and the README name it
 * @param statementText the statement, as its operation describes itself
 * @param hazard what it locks or loses, and the safer way
 */
public record Finding(String revision, int statement, String rule, String statementText, Hazard hazard) {

	public Severity severity() {
		return this.hazard.severity();
	}

	/** One line: {@code 1a2b3c4d5e6f #2 ERROR index-blocks-writes: ... Safer: ...}. */
	public String describe() {
		return this.revision + " #" + this.statement + " " + this.hazard.severity() + " " + this.rule + ": "
				+ this.hazard.what() + " (" + this.statementText + "). Safer: " + this.hazard.saferWay();
	}

}
