package dev.retort.script;

import java.util.List;
import java.util.Objects;

/**
 * What places a revision in the graph, whatever it is written in: the fields of
 * {@link dev.retort.Revision @Revision} or of a {@code .sql} revision's header line.
 *
 * @param id the revision's id
 * @param revises the parents: none for a base, several for a merge point
 * @param dependsOn revisions (ids, or branch labels until the graph resolves them) that must be
 * applied first without being parents
 * @param branchLabels names declared on this revision
 * @param message what the revision does, in a line
 * @param transactional whether the revision runs inside a transaction
 */
public record RevisionHeader(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
		String message, boolean transactional) {

	public RevisionHeader {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		dependsOn = List.copyOf(dependsOn);
		branchLabels = List.copyOf(branchLabels);
		message = (message != null) ? message : "";
	}

	/**
	 * A copy of this header with other depends-on entries, as the graph writes them once labels
	 * are resolved to ids.
	 */
	public RevisionHeader withDependsOn(List<String> dependsOn) {
		return new RevisionHeader(this.id, this.revises, dependsOn, this.branchLabels, this.message,
				this.transactional);
	}

}
