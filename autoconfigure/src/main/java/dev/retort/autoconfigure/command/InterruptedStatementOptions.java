package dev.retort.autoconfigure.command;

import dev.retort.runtime.InterruptedStatement;
import picocli.CommandLine.Option;

/**
 * {@code --rerun-statement} or {@code --skip-statement}: the operator's choice for the
 * statement an unfinished step stopped at, when it may have partly applied. Either one, never
 * both.
 */
final class InterruptedStatementOptions {

	@Option(names = "--rerun-statement", required = true,
			description = "Resume the unfinished step by running the statement it stopped at again"
					+ " (after checking that statement's effects were undone).")
	boolean rerun;

	@Option(names = "--skip-statement", required = true,
			description = "Resume the unfinished step after the statement it stopped at, counting it done"
					+ " (after checking that statement's effects are complete).")
	boolean skip;

	/** The choice made; {@code null} when the group was not given. */
	static InterruptedStatement of(InterruptedStatementOptions options) {
		if (options == null) {
			return null;
		}
		return options.rerun ? InterruptedStatement.RERUN : InterruptedStatement.SKIP;
	}

}
