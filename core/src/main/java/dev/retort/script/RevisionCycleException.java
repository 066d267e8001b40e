package dev.retort.script;

/**
 * The revisions, through {@code revises} and {@code dependsOn}, form a cycle or a self-loop.
 */
public class RevisionCycleException extends RevisionGraphException {

	public RevisionCycleException(String message) {
		super(message);
	}

}
