package dev.retort.script;

/**
 * A revision revises or depends on a revision (or branch label) that does not exist.
 */
public class MissingRevisionException extends RevisionGraphException {

	public MissingRevisionException(String message) {
		super(message);
	}

}
