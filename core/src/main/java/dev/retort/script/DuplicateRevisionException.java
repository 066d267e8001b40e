package dev.retort.script;

/**
 * Two revisions declare the same id.
 */
public class DuplicateRevisionException extends RevisionGraphException {

	public DuplicateRevisionException(String message) {
		super(message);
	}

}
