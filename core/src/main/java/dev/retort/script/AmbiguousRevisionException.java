package dev.retort.script;

/**
 * A partial revision id that starts several revision ids.
 */
public class AmbiguousRevisionException extends TargetException {

	public AmbiguousRevisionException(String message) {
		super(message);
	}

}
