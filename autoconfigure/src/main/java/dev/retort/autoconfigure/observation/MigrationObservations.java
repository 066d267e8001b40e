package dev.retort.autoconfigure.observation;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.StepEvent;

/**
 * One Micrometer observation per applied or reverted revision, named {@code retort.migration}
 * and tagged with the revision and the direction: with Micrometer's metrics, a timer
 * {@code retort.migration} per revision and direction.
 */
public class MigrationObservations implements MigrationListener {

	static final String NAME = "retort.migration";

	private final ObservationRegistry registry;

	/** Open observations by revision; a step begins and ends on the migrating thread. */
	private final Map<String, Observation> running = new ConcurrentHashMap<>();

	public MigrationObservations(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void beforeRevision(StepEvent event) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("retort " + event.direction().name().toLowerCase(Locale.ROOT) + " " + event.revision().id())
			.lowCardinalityKeyValue("revision", event.revision().id())
			.lowCardinalityKeyValue("direction", event.direction().name().toLowerCase(Locale.ROOT))
			.start();
		this.running.put(key(event), observation);
	}

	@Override
	public void afterRevision(StepEvent event, java.time.Duration took) {
		Observation observation = this.running.remove(key(event));
		if (observation != null) {
			observation.stop();
		}
	}

	@Override
	public void revisionFailed(StepEvent event, Throwable error) {
		Observation observation = this.running.remove(key(event));
		if (observation != null) {
			observation.error(error);
			observation.stop();
		}
	}

	private static String key(StepEvent event) {
		return event.revision().id() + "/" + event.direction();
	}

}
