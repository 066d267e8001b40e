package dev.retort.runtime;

import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param action {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param from the revisions the database was at
 * @param to the revisions it is at now
 * @param steps the revisions applied or reverted, in order
 */
public record MigrationResult(String action, List<String> from, List<String> to, List<AppliedStep> steps) {

	public MigrationResult {
		from = List.copyOf(from);
		to = List.copyOf(to);
		steps = List.copyOf(steps);
	}

}
