package dev.retort.autoconfigure.endpoint;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

import dev.retort.runtime.MigrationResult;

/**
 * The answer to {@code POST /actuator/migrations}.
 */
public record MigrationResultDescriptor(String action, List<String> from, List<String> to, List<Step> steps)
		implements OperationResponseBody {

	static MigrationResultDescriptor of(MigrationResult result) {
		return new MigrationResultDescriptor(result.action(), result.from(), result.to(),
				result.steps()
					.stream()
					.map((step) -> new Step(step.revision(), step.direction().name().toLowerCase(Locale.ROOT),
							step.durationMs()))
					.toList());
	}

	public record Step(String revision, String direction, long durationMs) {

	}

}
