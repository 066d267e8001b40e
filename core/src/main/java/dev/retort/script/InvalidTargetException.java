package dev.retort.script;

/**
 * A target that is well formed but cannot be used here: not reachable from the current heads, the
 * wrong direction, or a malformed range.
 */
public class InvalidTargetException extends TargetException {

	public InvalidTargetException(String message) {
		super(message);
	}

}
