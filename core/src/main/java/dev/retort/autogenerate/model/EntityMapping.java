package dev.retort.autogenerate.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;

import dev.retort.RetortException;

/**
 * Hibernate's mapping of a set of entity classes, built without a database connection, the way
 * an application configures it: for a dialect, with naming strategies. Close it when done.
 * <p>
 * Spring Boot's implicit naming strategy lives in a module Retort's core does not depend on;
 * the starter passes it in (or hands over the application's own Metadata instead, see
 * {@link MappingReader#read(Metadata)}).
 *
 * <pre class="code">
 * try (EntityMapping mapping = EntityMapping.build(List.of(User.class, Item.class), new H2Dialect())) {
 *     Schema expected = MappingReader.read(mapping.metadata());
 * }
 * </pre>
 */
public final class EntityMapping implements AutoCloseable {

	private final StandardServiceRegistry registry;

	private final Metadata metadata;

	private EntityMapping(StandardServiceRegistry registry, Metadata metadata) {
		this.registry = registry;
		this.metadata = metadata;
	}

	/**
	 * The mapping with Hibernate's JPA-compliant implicit naming and Spring Boot's physical
	 * snake-case naming ({@code fullName} becomes {@code full_name}).
	 */
	public static EntityMapping build(Collection<Class<?>> entityClasses, Dialect dialect) {
		return build(entityClasses, dialect, new ImplicitNamingStrategyJpaCompliantImpl(),
				new PhysicalNamingStrategySnakeCaseImpl());
	}

	/**
	 * The mapping with the given naming strategies, as the application's
	 * {@code spring.jpa.hibernate.naming.*} sets them.
	 */
	public static EntityMapping build(Collection<Class<?>> entityClasses, Dialect dialect,
			ImplicitNamingStrategy implicitNaming, PhysicalNamingStrategy physicalNaming) {
		return build(entityClasses, dialect, implicitNaming, physicalNaming, Map.of());
	}

	/**
	 * The mapping with the given naming strategies and the application's other Hibernate settings
	 * that shape the schema ({@code spring.jpa.properties.*}, such as
	 * {@code hibernate.globally_quoted_identifiers}).
	 */
	public static EntityMapping build(Collection<Class<?>> entityClasses, Dialect dialect,
			ImplicitNamingStrategy implicitNaming, PhysicalNamingStrategy physicalNaming,
			Map<String, Object> settings) {
		Objects.requireNonNull(dialect, "dialect");
		if (entityClasses.isEmpty()) {
			throw new RetortException("No entity classes were given to compare with the database; pass the "
					+ "application's @Entity classes");
		}
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySettings(settings)
			.applySetting(AvailableSettings.DIALECT, dialect)
			.applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
			.applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			entityClasses.forEach(sources::addAnnotatedClass);
			MetadataBuilder builder = sources.getMetadataBuilder()
				.applyImplicitNamingStrategy(implicitNaming)
				.applyPhysicalNamingStrategy(physicalNaming);
			return new EntityMapping(registry, builder.build());
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw new RetortException("Hibernate could not map the entities " + names(entityClasses) + ": "
					+ ex.getMessage() + "; fix the mapping (the application would fail to start the same way)", ex);
		}
	}

	private static List<String> names(Collection<Class<?>> classes) {
		return classes.stream().map(Class::getSimpleName).toList();
	}

	public Metadata metadata() {
		return this.metadata;
	}

	@Override
	public void close() {
		StandardServiceRegistryBuilder.destroy(this.registry);
	}

}
