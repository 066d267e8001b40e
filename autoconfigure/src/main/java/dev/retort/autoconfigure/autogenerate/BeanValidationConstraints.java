package dev.retort.autoconfigure.autogenerate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.internal.util.config.ConfigurationHelper;

import org.springframework.util.ClassUtils;

/**
 * Bean Validation's constraints on the mapping's columns: {@code @NotNull} makes a column NOT
 * NULL, {@code @Size(max)} sets its length, {@code @Digits} its precision, {@code @Min} and
 * {@code @Max} add checks. Hibernate's {@link BeanValidationIntegrator} applies them as the
 * SessionFactory starts, which command mode leaves unbuilt; here the same Hibernate method applies
 * them to the mapping alone, under the integrator's settings ({@code jakarta.persistence.validation.mode},
 * {@code hibernate.validator.apply_to_ddl}), so that autogenerate sees the columns the
 * application's own SessionFactory would. That method is public on a class of Hibernate's own
 * package, which Hibernate's integrator too calls reflectively (Bean Validation being optional);
 * should a Hibernate release move it, {@link #apply} says so and the caller builds the
 * SessionFactory instead.
 */
final class BeanValidationConstraints {

	private static final String FACTORY = "jakarta.persistence.validation.factory";

	private BeanValidationConstraints() {
	}

	/**
	 * Applies the constraints to the mapping.
	 * @return {@code false} when Hibernate's method could not be found: the mapping lacks them
	 */
	static boolean apply(MetadataImplementor metadata) {
		if (!ClassUtils.isPresent("jakarta.validation.Validation", BeanValidationConstraints.class.getClassLoader())) {
			return true;
		}
		return Applied.apply(metadata);
	}

	/** The part that needs the Bean Validation API on the class path. */
	private static final class Applied {

		static boolean apply(MetadataImplementor metadata) {
			Map<String, Object> settings = metadata.getMetadataBuildingOptions()
				.getServiceRegistry()
				.requireService(ConfigurationService.class)
				.getSettings();
			Object mode = settings.getOrDefault(BeanValidationIntegrator.JAKARTA_MODE_PROPERTY,
					settings.get(BeanValidationIntegrator.MODE_PROPERTY));
			Set<ValidationMode> modes = ValidationMode.getModes(mode);
			if ((!modes.contains(ValidationMode.DDL) && !modes.contains(ValidationMode.AUTO))
					|| !ConfigurationHelper.getBoolean(BeanValidationIntegrator.APPLY_CONSTRAINTS, settings, true)) {
				return true;
			}
			ValidatorFactory factory = factory(settings, modes);
			if (factory == null) {
				return true;
			}
			ClassLoaderService classLoaders = metadata.getMetadataBuildingOptions()
				.getServiceRegistry()
				.requireService(ClassLoaderService.class);
			Method applyRelationalConstraints;
			try {
				applyRelationalConstraints = Class
					.forName("org.hibernate.boot.beanvalidation.TypeSafeActivator", true,
							BeanValidationIntegrator.class.getClassLoader())
					.getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
							Dialect.class, ClassLoaderAccess.class);
				applyRelationalConstraints.setAccessible(true);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return false;
			}
			try {
				applyRelationalConstraints.invoke(null, factory, metadata.getEntityBindings(), settings,
						metadata.getDatabase().getDialect(), new ClassLoaderAccessImpl(classLoaders));
				return true;
			}
			catch (InvocationTargetException ex) {
				throw (ex.getTargetException() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getTargetException());
			}
			catch (IllegalAccessException ex) {
				return false;
			}
		}

		/**
		 * The application's factory if it gives one; else the default, as Hibernate builds it: in
		 * {@code AUTO} mode a class path without a provider means no constraints, as for Hibernate.
		 */
		private static ValidatorFactory factory(Map<String, Object> settings, Set<ValidationMode> modes) {
			if (settings.get(FACTORY) instanceof ValidatorFactory given) {
				return given;
			}
			try {
				return Validation.buildDefaultValidatorFactory();
			}
			catch (ValidationException ex) {
				if (modes.contains(ValidationMode.DDL)) {
					throw ex;
				}
				return null;
			}
		}

	}

}
