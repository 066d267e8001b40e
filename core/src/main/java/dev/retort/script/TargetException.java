package dev.retort.script;

import dev.retort.RetortException;

/**
 * A target (or range) that cannot be resolved against the graph and the current heads. Nothing has
 * been changed when it is raised.
 */
public class TargetException extends RetortException {

	public TargetException(String message) {
		super(message);
	}

}
