package dev.retort.autoconfigure.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * Revisions as Alembic prints them, so that its users read our output at a glance:
 * {@code ae1027a6acf2 -> 1975ea83b712 (head), Add is_active to User}, and the verbose entry of
 * {@code history -v} and {@code show}.
 */
final class RevisionPrinter {

	private final RevisionGraph graph;

	private final Set<String> current;

	/**
	 * @param current the revisions the database is at, marked {@code (current)}; empty to mark
	 * none
	 */
	RevisionPrinter(RevisionGraph graph, Set<String> current) {
		this.graph = graph;
		this.current = current;
	}

	/** {@code parents -> id (labels) (head) (branchpoint) (mergepoint) (current), message}. */
	String line(RevisionScript revision) {
		String parents = revision.revises().isEmpty() ? "<base>" : String.join(", ", revision.revises());
		return parents + " -> " + revision.id() + markers(revision) + ", " + message(revision);
	}

	/** {@code id (labels) (head)...}: the short form of {@code heads} and {@code current}. */
	String shortLine(RevisionScript revision) {
		return revision.id() + markers(revision);
	}

	/** Prints the revision in the given form, or as its full entry when {@code verbose}. */
	void print(RevisionScript revision, Form form, boolean verbose, PrintWriter out) {
		if (verbose) {
			entry(revision).forEach(out::println);
		}
		else {
			out.println((form == Form.SHORT) ? shortLine(revision) : line(revision));
		}
	}

	/** How a revision is printed on one line. */
	enum Form {

		/** {@code parents -> id (markers), message}, as {@code history}. */
		LINE,

		/** {@code id (markers)}, as {@code heads} and {@code current}. */
		SHORT

	}

	/** The entry of {@code history -v} and {@code show}. */
	List<String> entry(RevisionScript revision) {
		List<String> lines = new ArrayList<>();
		lines.add("Rev: " + revision.id() + markers(revision));
		if (revision.revises().size() > 1) {
			lines.add("Merges: " + String.join(", ", revision.revises()));
		}
		else {
			lines.add("Parent: " + (revision.revises().isEmpty() ? "<base>" : revision.revises().get(0)));
		}
		if (!revision.dependsOn().isEmpty()) {
			lines.add("Also depends on: " + String.join(", ", revision.dependsOn()));
		}
		List<String> children = this.graph.children(revision.id());
		if (children.size() > 1) {
			lines.add("Branches into: " + String.join(", ", children));
		}
		Set<String> labels = this.graph.branchLabels(revision.id());
		if (!labels.isEmpty()) {
			lines.add("Branch names: " + String.join(", ", labels));
		}
		lines.add("Path: " + revision.location());
		lines.add("");
		lines.add("    " + message(revision));
		lines.add("");
		return lines;
	}

	private String markers(RevisionScript revision) {
		StringBuilder markers = new StringBuilder();
		Set<String> labels = this.graph.branchLabels(revision.id());
		if (!labels.isEmpty()) {
			markers.append(" (").append(String.join(", ", labels)).append(")");
		}
		if (this.graph.heads().contains(revision.id())) {
			markers.append(" (head)");
		}
		if (this.graph.effectiveHeads().contains(revision.id())) {
			markers.append(" (effective head)");
		}
		if (this.graph.branchPoints().contains(revision.id())) {
			markers.append(" (branchpoint)");
		}
		if (this.graph.mergePoints().contains(revision.id())) {
			markers.append(" (mergepoint)");
		}
		if (this.current.contains(revision.id())) {
			markers.append(" (current)");
		}
		return markers.toString();
	}

	private static String message(RevisionScript revision) {
		return revision.message().isBlank() ? "empty message" : revision.message();
	}

}
