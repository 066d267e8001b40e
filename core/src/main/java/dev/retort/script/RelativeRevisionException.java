package dev.retort.script;

/**
 * A relative target ({@code +N}, {@code -N}, {@code <rev>+N}, {@code <label>@+N}) that walks past
 * the end of the graph or across a branch or merge point.
 */
public class RelativeRevisionException extends TargetException {

	public RelativeRevisionException(String message) {
		super(message);
	}

}
