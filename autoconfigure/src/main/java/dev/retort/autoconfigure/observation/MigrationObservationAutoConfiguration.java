package dev.retort.autoconfigure.observation;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Micrometer observations of applied revisions, when the application
 * has an {@link ObservationRegistry} (Spring Boot's Actuator brings one).
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		beforeName = "dev.retort.autoconfigure.RetortAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class MigrationObservationAutoConfiguration {

	@Bean
	MigrationObservations retortMigrationObservations(ObservationRegistry registry) {
		return new MigrationObservations(registry);
	}

}
