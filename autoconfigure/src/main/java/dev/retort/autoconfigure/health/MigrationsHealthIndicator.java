package dev.retort.autoconfigure.health;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionStatus;

/**
 * The {@code migrations} health: up when the database is at the revisions of the code; the
 * configured status when revisions are pending (the application runs ahead of its schema), and
 * another when a step stopped half-way and waits for an operator.
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
		List<String> pending = this.retort.status()
			.stream()
			.filter((status) -> status.state() == RevisionStatus.State.PENDING)
			.map(RevisionStatus::id)
			.toList();
		builder.status(pending.isEmpty() ? Status.UP : this.pendingStatus)
			.withDetail("current", List.copyOf(this.retort.current()))
			.withDetail("pending", pending);
		this.retort.unfinished()
			.ifPresent((step) -> builder.status(this.unfinishedStatus).withDetail("unfinished", Retort.describe(step)));
	}

}
