package dev.retort.autoconfigure.autogenerate;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.retort.RetortException;
import dev.retort.autoconfigure.RetortAutoConfiguration;
import dev.retort.autoconfigure.fixture.FixtureApplication;
import dev.retort.autogenerate.compare.Difference;
import dev.retort.runtime.Retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every condition of {@link RetortAutogenerateAutoConfiguration}, with the fixture's entities
 * on embedded H2 databases.
 */
class RetortAutogenerateAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
				RetortAutogenerateAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
		.withUserConfiguration(FixtureApplication.class)
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate");

	private static String h2Url() {
		return "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	@Test
	void receivesTheEntityModelOfTheApplicationsEntityManagerFactory() {
		this.contextRunner.withPropertyValues(h2Url()).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ModelComparison.class);
			Metadata metadata = context.getBean(EntityModel.class).metadata().orElseThrow();
			assertThat(metadata.getEntityBindings()).extracting((entity) -> entity.getEntityName())
				.containsExactly("dev.retort.autoconfigure.fixture.Person");
		});
	}

	@Test
	void findsNothingWhenTheRevisionsBuiltTheEntitiesSchema() {
		this.contextRunner.withPropertyValues(h2Url())
			.run((context) -> assertThat(context.getBean(ModelComparison.class).differences()).isEmpty());
	}

	@Test
	void findsWhatTheDatabaseLacks() {
		this.contextRunner.withPropertyValues(h2Url()).run((context) -> {
			try (Connection connection = context.getBean(DataSource.class).getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("alter table person drop column email");
			}
			ModelComparison comparison = context.getBean(ModelComparison.class);
			assertThat(comparison.compare(comparison.options()).differences()).singleElement()
				.isInstanceOfSatisfying(Difference.ColumnAdded.class,
						(added) -> assertThat(added.column().name()).isEqualTo("email"));
		});
	}

	@Test
	void leavesOutRetortsTablesUnderTheirConfiguredNamesAndTheExcludedTables() {
		this.contextRunner
			.withPropertyValues(h2Url(), "retort.version-table=schema_version", "retort.history-table=schema_history",
					"retort.autogenerate.exclude-tables=legacy_*")
			.run((context) -> {
				try (Connection connection = context.getBean(DataSource.class).getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("create table legacy_orders (id int primary key)");
				}
				assertThat(context.getBean(ModelComparison.class).differences()).isEmpty();
			});
	}

	@Test
	void refusesADatabaseThatIsNotAtTheHeads() {
		this.contextRunner.withPropertyValues(h2Url(), "retort.target=a1b2", "spring.jpa.hibernate.ddl-auto=none")
			.run((context) -> {
				assertThat(context.getBean(Retort.class).current()).containsExactly("a1b2c3d4e5f6");
				assertThatExceptionOfType(RetortException.class)
					.isThrownBy(() -> context.getBean(ModelComparison.class).differences())
					.withMessageContaining("not up to date: it is at a1b2c3d4e5f6")
					.withMessageContaining("b2c3d4e5f6a1")
					.withMessageContaining("upgrade heads");
			});
	}

	@Test
	void keepsTheApplicationsOwnIntegratorProvider() {
		this.contextRunner
			.withPropertyValues(h2Url(),
					"spring.jpa.properties.hibernate.integrator_provider=" + CountingIntegratorProvider.class.getName())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(CountingIntegratorProvider.integrated).isNotEmpty();
				assertThat(context.getBean(EntityModel.class).metadata()).isPresent();
			});
	}

	@Test
	void backsOffWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Metadata.class))
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
					RetortAutogenerateAutoConfiguration.class))
			.withPropertyValues(h2Url())
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Retort.class)
				.doesNotHaveBean(EntityModel.class)
				.doesNotHaveBean(ModelComparison.class));
	}

	@Test
	void backsOffWhenRetortIsDisabled() {
		this.contextRunner.withPropertyValues(h2Url(), "retort.enabled=false", "spring.jpa.hibernate.ddl-auto=none")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(EntityModel.class)
				.doesNotHaveBean(ModelComparison.class));
	}

	/** An application's own integrator provider, named by class as Hibernate allows. */
	public static class CountingIntegratorProvider implements IntegratorProvider {

		static final List<String> integrated = new ArrayList<>();

		@Override
		public List<Integrator> getIntegrators() {
			return List.of(new Integrator() {

				@Override
				public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
						SessionFactoryImplementor sessionFactory) {
					integrated.add(sessionFactory.getName());
				}

			});
		}

	}

}
