package dev.retort.script;

/**
 * A branch label is declared by two revisions, or clashes with a revision id.
 */
public class DuplicateBranchLabelException extends RevisionGraphException {

	public DuplicateBranchLabelException(String message) {
		super(message);
	}

}
