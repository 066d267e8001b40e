package dev.retort.lint;

/**
 * How much a finding matters: {@code lint} fails on an error ({@code --strict}: on a warning too).
 */
public enum Severity {

	/** Worth knowing, harmless here: a rewrite of a small table. */
	INFO,

	/** A hazard whose size could not be seen (offline), or one that is a matter of release order. */
	WARNING,

	/** Locks a large table for long, or loses data. */
	ERROR

}
