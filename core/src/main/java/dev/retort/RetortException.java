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

	/**
	 * The database could not be reached: the driver's reason, and what to check.
	 * @param reason the driver's message
	 * @param cause the driver's exception, or {@code null} when only its message is known
	 */
	public static RetortException cannotConnect(String reason, Throwable cause) {
		String message = "Cannot connect to the database: " + reason + (reason.endsWith(".") ? "" : ".")
				+ " Check spring.datasource.url, username and password (or retort.url), and that the database is"
				+ " running.";
		return (cause != null) ? new RetortException(message, cause) : new RetortException(message);
	}

}
