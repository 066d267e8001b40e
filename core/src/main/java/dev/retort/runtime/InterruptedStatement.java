package dev.retort.runtime;

/**
 * The operator's choice for the statement a step stopped at, when that statement may have
 * partly applied before it failed or its process died (a Java callback in auto-commit, a
 * multi-row insert into a table that keeps part of it): Retort cannot tell what of it stayed,
 * so it resumes such a step only when told, after the operator checked the statement's effects.
 */
public enum InterruptedStatement {

	/** Run the statement again: its effects were undone, or running it twice is harmless. */
	RERUN,

	/** Count the statement as done: its effects are complete (finished by hand, say). */
	SKIP

}
