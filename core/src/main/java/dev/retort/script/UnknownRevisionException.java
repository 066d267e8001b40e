package dev.retort.script;

/**
 * A target, or an id stored in the version table, that names no known revision or branch.
 */
public class UnknownRevisionException extends TargetException {

	public UnknownRevisionException(String message) {
		super(message);
	}

}
