package dev.retort.autoconfigure.autogenerate;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.jspecify.annotations.Nullable;

/**
 * The application's entity mapping exactly as its own EntityManagerFactory builds it: Spring
 * Boot's naming strategies, the dialect of the live database, every {@code spring.jpa.*}
 * setting.
 * <p>
 * In a running application Hibernate hands the boot metadata only to integrators, so this one is
 * given to the EntityManagerFactory through {@code hibernate.integrator_provider} and keeps what
 * it sees. In command mode no SessionFactory is built: the EntityManagerFactory's own builder
 * hands over a way to build the mapping alone, which runs when a verb asks for it.
 */
public final class EntityModel implements IntegratorProvider {

	/**
	 * The setting under which the EntityManagerFactory whose mapping autogenerate compares
	 * carries its model: Spring Boot's, which Retort's customizer reaches; another persistence
	 * unit of the application has none.
	 */
	public static final String SETTING = "retort.entity-model";

	// Written on the thread that bootstraps JPA, which may be a background one.
	private volatile @Nullable Metadata metadata;

	private volatile @Nullable Supplier<? extends Metadata> mapping;

	private final Integrator integrator = new Integrator() {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			EntityModel.this.metadata = metadata;
		}

	};

	@Override
	public List<Integrator> getIntegrators() {
		return List.of(this.integrator);
	}

	/**
	 * Where the mapping comes from when no SessionFactory is built: called once per
	 * EntityManagerFactory, with a supplier that builds the mapping (once) when asked.
	 */
	public void mappedBy(Supplier<? extends Metadata> mapping) {
		this.mapping = mapping;
	}

	/**
	 * The mapping, once the EntityManagerFactory has been built or, in command mode, once the
	 * EntityManagerFactory's builder has been prepared.
	 */
	public Optional<Metadata> metadata() {
		Metadata built = this.metadata;
		if (built != null) {
			return Optional.of(built);
		}
		Supplier<? extends Metadata> mapping = this.mapping;
		return (mapping != null) ? Optional.of(mapping.get()) : Optional.empty();
	}

}
