package dev.retort.autoconfigure.endpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.runtime.Retort;

/**
 * Auto-configuration of {@code /actuator/migrations}: with Actuator on the classpath and the
 * endpoint exposed ({@code management.endpoints.web.exposure.include=migrations}).
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Retort.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(Retort retort, ObjectProvider<ModelDiffSource> modelDiff) {
		return new MigrationsEndpoint(retort, modelDiff.getIfAvailable());
	}

}
