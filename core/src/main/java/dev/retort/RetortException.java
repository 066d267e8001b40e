package dev.retort;

/**
 * A problem the user can act on: a broken revision graph, an unknown target, a failed statement.
 * The message names the problem and the way out; no stack trace is needed to understand it.
 */
public class RetortException extends RuntimeException {

	public RetortException(String message) {
		super(message);
	}

	public RetortException(String message, Throwable cause) {
		super(message, cause);
	}

}
