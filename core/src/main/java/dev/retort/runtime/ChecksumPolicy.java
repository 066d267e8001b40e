package dev.retort.runtime;

/**
 * What an applied revision whose checksum has changed since it was applied does.
 */
public enum ChecksumPolicy {

	/** Log one warning per changed revision and go on. */
	WARN,

	/** Refuse to migrate, naming the changed revisions and the way out. */
	FAIL,

	/** Do not compute checksums of applied revisions. */
	IGNORE

}
