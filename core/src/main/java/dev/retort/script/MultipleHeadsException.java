package dev.retort.script;

/**
 * A single head is needed but several are present.
 */
public class MultipleHeadsException extends TargetException {

	public MultipleHeadsException(String message) {
		super(message);
	}

}
