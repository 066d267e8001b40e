package dev.retort.runtime;

import java.time.Duration;

/**
 * Hears each revision the runner applies or reverts: for callbacks and metrics. Called on the
 * migrating thread; a listener that throws fails the step.
 */
public interface MigrationListener {

	default void beforeRevision(StepEvent event) {
	}

	default void afterRevision(StepEvent event, Duration took) {
	}

	default void revisionFailed(StepEvent event, Throwable error) {
	}

}
