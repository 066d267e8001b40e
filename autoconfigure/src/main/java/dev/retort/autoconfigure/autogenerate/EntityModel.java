package dev.retort.autoconfigure.autogenerate;

import java.util.List;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.jspecify.annotations.Nullable;

/**
 * The application's entity mapping exactly as its own EntityManagerFactory built it: Spring
 * Boot's naming strategies, the dialect of the live database, every {@code spring.jpa.*}
 * setting. Hibernate hands the boot metadata only to integrators, so this one is given to the
 * EntityManagerFactory through {@code hibernate.integrator_provider} and keeps what it sees.
 */
public final class EntityModel implements IntegratorProvider {

	// Written on the thread that bootstraps JPA, which may be a background one.
	private volatile @Nullable Metadata metadata;

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

	/** The mapping, once the EntityManagerFactory has been built. */
	public Optional<Metadata> metadata() {
		return Optional.ofNullable(this.metadata);
	}

}
