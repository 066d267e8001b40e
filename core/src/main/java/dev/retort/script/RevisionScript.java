package dev.retort.script;

import java.util.List;

import dev.retort.Migration;

/**
 * One revision as loaded: its place in the graph ({@link #header()}) and the code that carries it
 * out, written in Java ({@link JavaRevisionScript}) or SQL ({@link SqlRevisionScript}).
 * Immutable.
 */
public sealed interface RevisionScript permits JavaRevisionScript, SqlRevisionScript {

	/** The language a revision is written in. */
	enum Kind {

		JAVA,

		SQL

	}

	RevisionHeader header();

	/** The same revision with another header; the graph uses it to resolve depends-on labels. */
	RevisionScript withHeader(RevisionHeader header);

	Kind kind();

	/** Where the revision was found: a class name, or the resource path of a {@code .sql} file. */
	String location();

	/**
	 * A digest of the revision's source known without loading its code (for Java revisions, from
	 * the build-time index), recorded with each step: while it matches the recorded one the
	 * revision is taken as unchanged, without working out its checksum. {@code null} when none is
	 * known, which leaves the checksum to decide.
	 */
	default String fingerprint() {
		return null;
	}

	/** A fresh instance of the revision's code, ready to be applied once. */
	Migration newMigration();

	default String id() {
		return header().id();
	}

	default List<String> revises() {
		return header().revises();
	}

	/** Ids of the revisions this one depends on (branch labels are resolved by the graph). */
	default List<String> dependsOn() {
		return header().dependsOn();
	}

	default List<String> branchLabels() {
		return header().branchLabels();
	}

	default String message() {
		return header().message();
	}

	default boolean transactional() {
		return header().transactional();
	}

}
