package dev.retort.script.write;

import java.util.List;

/**
 * What {@code revision} asks for, as on the command line.
 *
 * @param message {@code -m}; blank means "empty message", as Alembic
 * @param revId {@code --rev-id}, or {@code null} for a generated id
 * @param head {@code --head}: the revision to build on ({@code head} by default; {@code base}
 * starts a new base; {@code <label>@head} picks a branch)
 * @param splice {@code --splice}: allow building on a revision that is not a head
 * @param branchLabels {@code --branch-label}
 * @param dependsOn {@code --depends-on}: ids, partial ids or branch labels
 */
public record RevisionRequest(String message, String revId, String head, boolean splice, List<String> branchLabels,
		List<String> dependsOn) {

	public RevisionRequest {
		head = (head == null || head.isBlank()) ? "head" : head.strip();
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/** A revision with a message, on the current head. */
	public static RevisionRequest of(String message) {
		return new RevisionRequest(message, null, null, false, List.of(), List.of());
	}

}
