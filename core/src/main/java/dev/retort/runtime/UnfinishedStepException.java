package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * An upgrade that may not resume a step left half-done found one: it needs a look, then an
 * explicit {@code retort upgrade} (which resumes it) or {@code retort stamp}.
 */
public class UnfinishedStepException extends RetortException {

	private final UnfinishedStep step;

	public UnfinishedStepException(UnfinishedStep step) {
		super(Retort.describe(step));
		this.step = step;
	}

	public UnfinishedStep step() {
		return this.step;
	}

}
