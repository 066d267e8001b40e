package dev.retort.script;

/**
 * A revision id or branch label that breaks the naming rules: ids are letters, digits and {@code
 * _}, at most 64 characters; labels likewise, and not a reserved word.
 */
public class InvalidRevisionIdException extends RevisionGraphException {

	public InvalidRevisionIdException(String message) {
		super(message);
	}

}
