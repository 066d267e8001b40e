package dev.retort.script;

import dev.retort.RetortException;

/**
 * The revisions do not form a valid graph. Raised when the graph is built, before anything runs.
 */
public class RevisionGraphException extends RetortException {

	public RevisionGraphException(String message) {
		super(message);
	}

}
