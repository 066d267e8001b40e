package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * A revision failed while it ran. The message names the revision, the statement, the database's
 * error and the ways out; the database stands at a known revision, recorded as such.
 */
public class StepFailedException extends RetortException {

	public StepFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
