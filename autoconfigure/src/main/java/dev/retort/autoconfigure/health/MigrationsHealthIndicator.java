package dev.retort.autoconfigure.health;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionStatus;

/**
 * The {@code migrations} health: up when the database is at the revisions of the code; the
 * configured status when revisions are pending (the application runs ahead of its schema).
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Retort retort;

	private final Status pendingStatus;

	public MigrationsHealthIndicator(Retort retort, Status pendingStatus) {
		super("Retort migrations health check failed");
		this.retort = retort;
		this.pendingStatus = pendingStatus;
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
	}

}
