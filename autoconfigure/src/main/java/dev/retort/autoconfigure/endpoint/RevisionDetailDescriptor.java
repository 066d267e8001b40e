package dev.retort.autoconfigure.endpoint;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

import dev.retort.lint.Finding;
import dev.retort.runtime.RevisionSql;
import dev.retort.runtime.RevisionStatus;

/**
 * {@code GET /actuator/migrations/{id}}: one revision, the SQL it runs on this database and what
 * that SQL locks or loses there ({@code lint}).
 */
public record RevisionDetailDescriptor(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, String state, @Nullable Instant appliedAt, @Nullable Long durationMs,
		@Nullable String checksum, @Nullable Boolean checksumMatches, List<String> upgradeSql,
		List<String> downgradeSql, List<Lint> lint) implements OperationResponseBody {

	static RevisionDetailDescriptor of(RevisionStatus status, RevisionSql sql, List<Finding> findings) {
		RevisionDescriptor revision = RevisionDescriptor.of(status);
		return new RevisionDetailDescriptor(revision.id(), revision.revises(), revision.message(),
				revision.branchLabels(), revision.dependsOn(), revision.state(), revision.appliedAt(),
				revision.durationMs(), revision.checksum(), revision.checksumMatches(), sql.upgrade(), sql.downgrade(),
				findings.stream().map(Lint::of).toList());
	}

	/**
	 * What one of the revision's upgrade statements locks or loses on this database, as
	 * {@code retort lint} says it.
	 *
	 * @param statement the statement's place in the upgrade, from 1
	 * @param rule the rule's id
	 * @param severity {@code INFO}, {@code WARNING} or {@code ERROR}
	 * @param hazard what it locks or loses
	 * @param saferWay what to write instead
	 */
	public record Lint(int statement, String rule, String severity, String hazard, String saferWay) {

		static Lint of(Finding finding) {
			return new Lint(finding.statement(), finding.rule(), finding.severity().name(), finding.hazard().what(),
					finding.hazard().saferWay());
		}

	}

}
