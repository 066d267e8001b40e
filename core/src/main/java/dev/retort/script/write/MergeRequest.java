package dev.retort.script.write;

import java.util.List;

/**
 * What {@code merge} asks for.
 *
 * @param revisions the revisions to join ({@code heads} stands for all heads)
 * @param message {@code -m}; blank for "Merge heads"
 * @param revId {@code --rev-id}, or {@code null} for a generated id
 * @param branchLabels {@code --branch-label}
 * @param splice allow joining revisions that are not heads
 */
public record MergeRequest(List<String> revisions, String message, String revId, List<String> branchLabels,
		boolean splice) {

	public MergeRequest {
		revisions = List.copyOf(revisions);
		branchLabels = List.copyOf(branchLabels);
	}

	/** Joins every head. */
	public static MergeRequest heads(String message) {
		return new MergeRequest(List.of("heads"), message, null, List.of(), false);
	}

}
