package dev.retort.script.write;

import java.util.List;

/**
 * A revision about to be written, with its place in the graph settled.
 *
 * @param id the new id
 * @param revises its parents (none: a new base; several: a merge point)
 * @param branchLabels labels it declares
 * @param dependsOn full ids or branch labels it depends on
 * @param message what it does
 * @param sequence its depth in the graph (1 for a base), which prefixes file names so that they
 * list in the order revisions apply
 */
public record NewRevision(String id, List<String> revises, List<String> branchLabels, List<String> dependsOn,
		String message, int sequence) {

	public NewRevision {
		revises = List.copyOf(revises);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	public boolean isMerge() {
		return this.revises.size() > 1;
	}

}
