package dev.retort.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

import dev.retort.autoconfigure.MigrationDataSource;
import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.runtime.Retort;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for autogenerate: receives the entity
 * model from the application's Hibernate EntityManagerFactory and compares it with the database
 * for {@code revision --autogenerate}, {@code check} and the endpoint's {@code ?check=true}.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ HibernatePropertiesCustomizer.class, Metadata.class })
@ConditionalOnBean(Retort.class)
public final class RetortAutogenerateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EntityModel retortEntityModel() {
		return new EntityModel();
	}

	@Bean
	HibernatePropertiesCustomizer retortEntityModelCustomizer(EntityModel entityModel) {
		return (properties) -> {
			properties.put(JpaSettings.INTEGRATOR_PROVIDER,
					alongside(properties.get(JpaSettings.INTEGRATOR_PROVIDER), entityModel));
			properties.put(EntityModel.SETTING, entityModel);
		};
	}

	@Bean
	@ConditionalOnMissingBean
	ModelComparison retortModelComparison(EntityModel entityModel, Retort retort,
			MigrationDataSource migrationDataSource, RetortProperties properties) {
		return new ModelComparison(entityModel, retort, migrationDataSource.dataSource(), properties);
	}

	/**
	 * The application may name an integrator provider of its own (an instance, a class or a
	 * class name, as Hibernate accepts); it keeps working beside Retort's.
	 */
	private static IntegratorProvider alongside(Object existing, EntityModel entityModel) {
		if (existing == null || existing == entityModel) {
			return entityModel;
		}
		IntegratorProvider application;
		if (existing instanceof IntegratorProvider provider) {
			application = provider;
		}
		else {
			Class<?> type = (existing instanceof Class<?> named) ? named
					: ClassUtils.resolveClassName(existing.toString(), EntityModel.class.getClassLoader());
			application = (IntegratorProvider) BeanUtils.instantiateClass(type);
		}
		return () -> {
			List<Integrator> integrators = new ArrayList<>(application.getIntegrators());
			integrators.addAll(entityModel.getIntegrators());
			return integrators;
		};
	}

}
