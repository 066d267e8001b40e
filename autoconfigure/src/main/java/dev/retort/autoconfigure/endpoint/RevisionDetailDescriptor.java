package dev.retort.autoconfigure.endpoint;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

import dev.retort.runtime.RevisionSql;
import dev.retort.runtime.RevisionStatus;

/**
 * {@code GET /actuator/migrations/{id}}: one revision and the SQL it runs on this database.
 */
public record RevisionDetailDescriptor(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, String state, @Nullable Instant appliedAt, @Nullable Long durationMs,
		@Nullable String checksum, @Nullable Boolean checksumMatches, List<String> upgradeSql,
		List<String> downgradeSql) implements OperationResponseBody {

	static RevisionDetailDescriptor of(RevisionStatus status, RevisionSql sql) {
		RevisionDescriptor revision = RevisionDescriptor.of(status);
		return new RevisionDetailDescriptor(revision.id(), revision.revises(), revision.message(),
				revision.branchLabels(), revision.dependsOn(), revision.state(), revision.appliedAt(),
				revision.durationMs(), revision.checksum(), revision.checksumMatches(), sql.upgrade(), sql.downgrade());
	}

}
