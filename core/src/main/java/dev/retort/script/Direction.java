package dev.retort.script;

/**
 * Which way a revision is applied: {@code upgrade()} moves the schema forward,
 * {@code downgrade()} takes the change back.
 */
public enum Direction {

	UPGRADE,

	DOWNGRADE

}
