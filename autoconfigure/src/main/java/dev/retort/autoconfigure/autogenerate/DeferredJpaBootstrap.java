package dev.retort.autoconfigure.autogenerate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.jpa.boot.internal.PersistenceUnitInfoDescriptor;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.SmartPersistenceUnitInfo;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * Command mode's JPA: every Hibernate EntityManagerFactory of the application is prepared as the
 * application prepares it (the same persistence unit, entity scan, naming strategies and
 * {@code spring.jpa.*} settings) but its SessionFactory is built only when something uses it,
 * which no verb does. Autogenerate's verbs get the mapping alone from the same builder, without
 * Hibernate's start-up checks against the database (named queries, sequence increments, schema
 * validation) or the cost of building every entity's persister.
 * <p>
 * A factory bean with a persistence provider of the application's own is left as it is.
 */
public final class DeferredJpaBootstrap implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof LocalContainerEntityManagerFactoryBean factoryBean
				&& factoryBean.getPersistenceProvider() == null
				&& factoryBean.getJpaVendorAdapter() instanceof HibernateJpaVendorAdapter) {
			factoryBean.setPersistenceProvider(new DeferredProvider());
		}
		return bean;
	}

	/**
	 * Hibernate's provider with the SessionFactory left for later: the builder reads the
	 * persistence unit as Spring's Hibernate provider does (its managed packages count as managed
	 * classes, so package-level annotations are seen).
	 */
	private static final class DeferredProvider extends HibernatePersistenceProvider {

		@Override
		@SuppressWarnings("rawtypes")
		public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
			DeferredSessionFactory sessionFactory = new DeferredSessionFactory(() -> builder(info, properties));
			// Only the persistence unit autogenerate compares (Spring Boot's) carries the model
			if (properties.get(EntityModel.SETTING) instanceof EntityModel model) {
				model.mappedBy(sessionFactory::metadata);
			}
			return (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { SessionFactoryImplementor.class }, sessionFactory);
		}

		@SuppressWarnings({ "rawtypes", "unchecked" })
		private static EntityManagerFactoryBuilder builder(PersistenceUnitInfo info, Map properties) {
			List<String> classesAndPackages = new ArrayList<>(info.getManagedClassNames());
			if (info instanceof SmartPersistenceUnitInfo smartInfo) {
				classesAndPackages.addAll(smartInfo.getManagedPackages());
			}
			return Bootstrap.getEntityManagerFactoryBuilder(new PersistenceUnitInfoDescriptor(info) {

				@Override
				public List<String> getManagedClassNames() {
					return classesAndPackages;
				}

			}, properties);
		}

	}

	/**
	 * A SessionFactory that is built on its first use, and its mapping when it is asked for: Hibernate
	 * starts only then, and the SessionFactory, if it is built, reuses the mapping. Closing one that
	 * was never built releases what its builder holds, and it cannot be used after. It is equal only
	 * to itself, built or not; once built, calls go straight to the SessionFactory.
	 */
	private static final class DeferredSessionFactory implements InvocationHandler {

		private final Supplier<EntityManagerFactoryBuilder> prepare;

		private @Nullable EntityManagerFactoryBuilder builder;

		private volatile @Nullable EntityManagerFactory built;

		private volatile boolean closed;

		/** Whether Bean Validation's constraints are on the mapping, as the SessionFactory would put them. */
		private boolean constraintsApplied;

		DeferredSessionFactory(Supplier<EntityManagerFactoryBuilder> prepare) {
			this.prepare = prepare;
		}

		/**
		 * The mapping with Bean Validation's constraints on its columns; should Hibernate's method
		 * for them be missing, the SessionFactory is built and its integrators put them there.
		 */
		synchronized Metadata metadata() {
			MetadataImplementor metadata = builder().metadata();
			if (!this.constraintsApplied) {
				this.constraintsApplied = true;
				if (!BeanValidationConstraints.apply(metadata)) {
					sessionFactory();
				}
			}
			return metadata;
		}

		private EntityManagerFactoryBuilder builder() {
			if (this.builder == null) {
				this.builder = this.prepare.get();
			}
			return this.builder;
		}

		private EntityManagerFactory sessionFactory() {
			EntityManagerFactory sessionFactory = this.built;
			if (sessionFactory != null) {
				return sessionFactory;
			}
			synchronized (this) {
				if (this.built == null) {
					if (this.closed) {
						throw new IllegalStateException("The EntityManagerFactory is closed");
					}
					this.built = builder().build();
				}
				return this.built;
			}
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			switch (method.getName()) {
				case "equals" -> {
					return proxy == args[0];
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				case "toString" -> {
					return (this.built != null) ? this.built.toString() : "EntityManagerFactory built on first use";
				}
				case "close" -> {
					close();
					return null;
				}
				case "isOpen" -> {
					if (this.built == null) {
						return !this.closed;
					}
				}
				default -> {
				}
			}
			try {
				return method.invoke(sessionFactory(), args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

		private synchronized void close() {
			if (this.built != null) {
				this.built.close();
			}
			else if (!this.closed && this.builder != null) {
				this.builder.cancel();
			}
			this.closed = true;
		}

	}

}
