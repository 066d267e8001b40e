package dev.retort.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.retort.runtime.DatabaseState;
import dev.retort.runtime.Retort;
import dev.retort.runtime.UnfinishedStep;

/**
 * The {@code migrations} health: up when the database is at the revisions of the code; the
 * configured status when revisions are pending (the application runs ahead of its schema), and
 * another when a step stopped half-way and waits for an operator.
 * <p>
 * Two states are not failures, for during a rolling deploy a probe that failed on them would
 * take every instance out: the database ahead of the code (a newer instance migrated it; up, with
 * {@code databaseAhead} and the {@code unknown} revisions), and a step running in another live
 * session (pending, with {@code migrating}). The probe is cheap: a few queries, and no revision's
 * code runs.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Retort retort;

	private final Status pendingStatus;

	private final Status unfinishedStatus;

	public MigrationsHealthIndicator(Retort retort, Status pendingStatus, Status unfinishedStatus) {
		super("Retort migrations health check failed");
		this.retort = retort;
		this.pendingStatus = pendingStatus;
		this.unfinishedStatus = unfinishedStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		DatabaseState state = this.retort.state();
		builder.withDetail("current", List.copyOf(state.current()));
		if (state.isAhead()) {
			builder.status(Status.UP)
				.withDetail("databaseAhead", true)
				.withDetail("unknown", List.copyOf(state.unknown()));
		}
		else {
			builder.status(state.pending().isEmpty() ? Status.UP : this.pendingStatus)
				.withDetail("pending", state.pending());
		}
		UnfinishedStep step = state.unfinished();
		if (state.isMigrating()) {
			builder.status(state.isAhead() ? Status.UP : this.pendingStatus).withDetail("migrating", describe(step));
		}
		else if (state.isStoppedHalfWay()) {
			builder.status(this.unfinishedStatus).withDetail("unfinished", Retort.describe(step));
		}
	}

	private static Map<String, Object> describe(UnfinishedStep step) {
		Map<String, Object> migrating = new LinkedHashMap<>();
		migrating.put("revision", step.revision());
		migrating.put("direction", step.direction().name().toLowerCase(Locale.ROOT));
		migrating.put("statementsDone", step.statementsDone());
		return migrating;
	}

}
