package dev.retort.autoconfigure;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

import dev.retort.autoconfigure.RetortAutoConfiguration.DataSourceAvailableCondition;
import dev.retort.runtime.DdlLockWaits;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortSettings;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Retort: loads the application's
 * revisions and applies the pending ones at start-up, before JPA and every other user of the
 * schema.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Conditional(DataSourceAvailableCondition.class)
@ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class RetortAutoConfiguration {

	@Bean
	static RetortSchemaManagementProvider retortSchemaManagementProvider(
			ObjectProvider<RetortMigrationInitializer> initializers) {
		return new RetortSchemaManagementProvider(initializers);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Retort.class)
	static class RetortConfiguration {

		@Bean
		MigrationDataSource retortMigrationDataSource(RetortProperties properties,
				@RetortDataSource ObjectProvider<DataSource> retortDataSource, ObjectProvider<DataSource> dataSource) {
			return MigrationDataSource.choose(retortDataSource.getIfAvailable(), dataSource.getIfUnique(), properties);
		}

		@Bean
		Retort retort(RetortProperties properties, MigrationDataSource migrationDataSource, BeanFactory beanFactory,
				ResourceLoader resourceLoader, ObjectProvider<MigrationListener> listeners) {
			RevisionsLocation revisions = RevisionsLocation.of(properties, beanFactory);
			Retort.Builder builder = Retort.builder(migrationDataSource.dataSource(),
					revisions.load(resourceLoader.getClassLoader()))
				.settings(settings(properties));
			listeners.orderedStream().forEach(builder::listener);
			return builder.build();
		}

		private static RetortSettings settings(RetortProperties properties) {
			return new RetortSettings(properties.getVersionTable(), properties.getHistoryTable(), properties.getSchema(),
					properties.getLockTimeout(), properties.isTransactionPerRevision(), properties.getChecksumPolicy(),
					lockWaits(properties), properties.getStatementTimeout(), properties.getLint().getLargeTableRows());
		}

		/** A timeout of zero keeps the database's own wait. */
		private static DdlLockWaits lockWaits(RetortProperties properties) {
			Duration timeout = properties.getDdlLockTimeout();
			return new DdlLockWaits((timeout == null || timeout.isZero()) ? null : timeout,
					properties.getDdlLockRetries());
		}

		@Bean
		@ConditionalOnMissingBean
		RetortMigrationInitializer retortMigrationInitializer(Retort retort, MigrationDataSource migrationDataSource,
				RetortProperties properties, BeanFactory beanFactory, ObjectProvider<RetortMigrationStrategy> strategy) {
			return new RetortMigrationInitializer(retort, migrationDataSource, properties,
					RevisionsLocation.of(properties, beanFactory), strategy.getIfAvailable());
		}

	}

	/**
	 * Retort needs a connection: an application DataSource, or one of its own from
	 * {@code retort.url}.
	 */
	static final class DataSourceAvailableCondition extends AnyNestedCondition {

		DataSourceAvailableCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("retort.url")
		private static final class RetortUrlCondition {

		}

	}

}
