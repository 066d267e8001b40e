package dev.retort.runtime;

import dev.retort.RetortException;

/**
 * Another process held the migration lock for longer than the lock timeout.
 */
public class LockTimeoutException extends RetortException {

	public LockTimeoutException(String message) {
		super(message);
	}

}
