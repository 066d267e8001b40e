package dev.retort;

/**
 * A revision's body: what it changes on the way up, and how to take it back.
 * <p>
 * Implementations describe their changes through {@link Operations} and keep no state: the same
 * revision is rendered offline, checksummed and applied by calling these methods.
 */
public interface Migration {

	void upgrade(Operations op);

	void downgrade(Operations op);

}
