package dev.retort.autoconfigure.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.runtime.Retort;

/**
 * Auto-configuration of the {@code migrations} health indicator
 * ({@code management.health.migrations.enabled}).
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Retort.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrationsHealthIndicator")
	MigrationsHealthIndicator migrationsHealthIndicator(Retort retort, RetortProperties properties) {
		return new MigrationsHealthIndicator(retort, new Status(properties.getHealth().getPendingStatus()),
				new Status(properties.getHealth().getUnfinishedStatus()));
	}

}
