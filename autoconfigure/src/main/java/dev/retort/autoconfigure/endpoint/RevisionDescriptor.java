package dev.retort.autoconfigure.endpoint;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.retort.runtime.RevisionStatus;

/**
 * One revision in {@code GET /actuator/migrations}.
 */
public record RevisionDescriptor(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, String state, @Nullable Instant appliedAt, @Nullable Long durationMs,
		@Nullable String checksum, @Nullable Boolean checksumMatches) {

	static RevisionDescriptor of(RevisionStatus status) {
		return new RevisionDescriptor(status.id(), status.revision().revises(), status.revision().message(),
				status.revision().branchLabels(), status.revision().dependsOn(),
				status.state().name().toLowerCase(Locale.ROOT), status.appliedAt(), status.durationMs(),
				(status.storedChecksum() != null) ? status.storedChecksum() : status.currentChecksum(),
				status.checksumMatches());
	}

}
