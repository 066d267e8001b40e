package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * A migration found a step left half-done that it may not resume: start-up, which needs an
 * operator's look first; a command whose target does not begin with that step; or a step
 * stopped at a statement that may have partly applied, which resumes only on the operator's
 * {@link InterruptedStatement choice}.
 */
public class UnfinishedStepException extends RetortException {

	private final UnfinishedStep step;

	public UnfinishedStepException(UnfinishedStep step) {
		this(step, Retort.describe(step));
	}

	public UnfinishedStepException(UnfinishedStep step, String message) {
		super(message);
		this.step = step;
	}

	public UnfinishedStep step() {
		return this.step;
	}

}
