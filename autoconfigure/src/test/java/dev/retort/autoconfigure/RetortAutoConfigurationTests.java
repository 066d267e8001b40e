package dev.retort.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import dev.retort.autoconfigure.fixture.FixtureApplication;
import dev.retort.runtime.DdlLockWaits;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortSettings;
import dev.retort.runtime.StepEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every condition and property of {@link RetortAutoConfiguration}, on embedded H2 databases.
 */
class RetortAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class))
		.withUserConfiguration(FixtureApplication.class);

	private static String h2Url() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(Retort.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(Retort.class)
				.doesNotHaveBean(RetortMigrationInitializer.class));
	}

	@Test
	void appliesTheRevisionsOfTheApplicationsMigrationsPackageAtStartUp() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url()).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(RetortMigrationInitializer.class);
			assertThat(context.getBean(Retort.class).current()).containsExactly("b2c3d4e5f6a1");
			assertThat(columns(context.getBean(DataSource.class), "PERSON")).containsExactlyInAnyOrder("ID", "NAME",
					"EMAIL");
		});
	}

	@Test
	void tellsSpringBootThatItManagesTheSchemaOfTheDataSource() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url()).run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(context.getBeansOfType(SchemaManagementProvider.class).values())
				.anyMatch((provider) -> provider.getSchemaManagement(dataSource) == SchemaManagement.MANAGED);
		});
	}

	@Test
	void upgradesToTheConfiguredTarget() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.target=a1b2")
			.run((context) -> assertThat(context.getBean(Retort.class).current()).containsExactly("a1b2c3d4e5f6"));
	}

	/**
	 * An application that has just added the starter, before its first revision, starts: there
	 * is nothing to migrate yet, and Retort creates nothing in its database.
	 */
	@Test
	void startsBeforeTheFirstRevisionIsWritten() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + h2Url(),
					"retort.revisions-package=dev.retort.autoconfigure.fixture.nothing", "retort.sql-locations=")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Retort.class).graph().revisions()).isEmpty();
				assertThat(columns(context.getBean(DataSource.class), "RETORT_VERSION")).isEmpty();
			});
	}

	/**
	 * No revisions found, on a database that some revisions migrated: a package or location
	 * that is configured wrong, not a new project. Start-up fails, naming both.
	 */
	@Test
	void refusesToStartWithoutRevisionsOnADatabaseThatRevisionsMigrated() {
		String url = h2Url();
		this.contextRunner.withPropertyValues("spring.datasource.url=" + url)
			.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url,
					"retort.revisions-package=dev.retort.autoconfigure.fixture.nothing", "retort.sql-locations=")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("b2c3d4e5f6a1")
				.hasMessageContaining("retort.revisions-package"));
	}

	@Test
	void startupNoneLeavesTheDatabaseAlone() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.startup=none")
			.run((context) -> assertThat(context.getBean(Retort.class).current()).isEmpty());
	}

	@Test
	void startupValidateFailsWhenRevisionsArePending() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.startup=validate")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("a1b2c3d4e5f6"));
	}

	@Test
	void severalHeadsWithTargetHeadFailStartUpSuggestingMerge() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + h2Url(),
					"retort.revisions-package=dev.retort.autoconfigure.fixture.branched")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("heads")
				.hasMessageContaining("merge"));
	}

	@Test
	void targetHeadsAppliesEveryBranch() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + h2Url(),
					"retort.revisions-package=dev.retort.autoconfigure.fixture.branched", "retort.target=heads")
			.run((context) -> assertThat(context.getBean(Retort.class).current()).containsExactlyInAnyOrder("c0ffee000001",
					"c0ffee000002"));
	}

	/** The properties' defaults are the runner's: the two are written apart. */
	@Test
	void unsetPropertiesGiveTheRunnersDefaults() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url())
			.run((context) -> assertThat(context.getBean(Retort.class).settings())
				.isEqualTo(RetortSettings.defaults()));
	}

	@Test
	void lockWaitsAreConfigured() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.ddl-lock-timeout=2s",
					"retort.ddl-lock-retries=1")
			.run((context) -> assertThat(context.getBean(Retort.class).settings().ddlLockWaits())
				.isEqualTo(new DdlLockWaits(Duration.ofSeconds(2), 1)));
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.ddl-lock-timeout=0")
			.run((context) -> assertThat(context.getBean(Retort.class).settings().ddlLockWaits().timeout()).isNull());
	}

	@Test
	void aStatementTimeoutIsConfigured() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.statement-timeout=90s")
			.run((context) -> assertThat(context.getBean(Retort.class).settings().statementTimeout())
				.isEqualTo(Duration.ofSeconds(90)));
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.statement-timeout=0")
			.run((context) -> assertThat(context.getBean(Retort.class).settings().statementTimeout()).isNull());
	}

	@Test
	void customTablesAreUsed() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.version-table=schema_version",
					"retort.history-table=schema_history")
			.run((context) -> assertThat(tables(context.getBean(DataSource.class))).contains("SCHEMA_VERSION",
					"SCHEMA_HISTORY"));
	}

	@Test
	void aStrategyBeanReplacesWhatStartUpDoes() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url())
			.withBean(RetortMigrationStrategy.class, () -> (retort) -> retort.upgrade("a1b2c3d4e5f6"))
			.run((context) -> assertThat(context.getBean(Retort.class).current()).containsExactly("a1b2c3d4e5f6"));
	}

	@Test
	void listenerBeansHearEachRevision() {
		List<String> heard = new ArrayList<>();
		MigrationListener listener = new MigrationListener() {
			@Override
			public void beforeRevision(StepEvent event) {
				heard.add("before " + event.revision().id());
			}
		};
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url())
			.withBean(MigrationListener.class, () -> listener)
			.run((context) -> assertThat(heard).containsExactly("before a1b2c3d4e5f6", "before b2c3d4e5f6a1"));
	}

	@Test
	void retortUrlGivesADedicatedMigrationConnection() {
		String migrationUrl = h2Url();
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url(), "retort.url=" + migrationUrl,
				"retort.user=sa")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(tables(context.getBean(DataSource.class))).doesNotContain("PERSON");
				DataSource migrationDatabase = DataSourceBuilder.create().url(migrationUrl).username("sa").build();
				assertThat(tables(migrationDatabase)).contains("PERSON", "RETORT_VERSION");
			});
	}

	@Test
	void aDataSourceMarkedRetortDataSourceIsMigrated() {
		this.contextRunner.withUserConfiguration(TwoDataSources.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(tables(context.getBean("applicationDataSource", DataSource.class))).doesNotContain("PERSON");
			assertThat(tables(context.getBean("migrationDataSource", DataSource.class))).contains("PERSON");
		});
	}

	@Test
	void aGivenRetortBeanIsUsedAsItIs() {
		this.contextRunner.withPropertyValues("spring.datasource.url=" + h2Url())
			.withUserConfiguration(OwnRetort.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Retort.class)
				.doesNotHaveBean(RetortMigrationInitializer.class));
	}

	private static List<String> tables(DataSource dataSource) throws Exception {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		return tables;
	}

	private static List<String> columns(DataSource dataSource, String table) throws Exception {
		List<String> columns = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rows = connection.getMetaData().getColumns(null, "PUBLIC", table, "%")) {
			while (rows.next()) {
				columns.add(rows.getString("COLUMN_NAME"));
			}
		}
		return columns;
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		DataSource applicationDataSource() {
			return DataSourceBuilder.create().url(h2Url()).username("sa").build();
		}

		@Bean
		@RetortDataSource
		DataSource migrationDataSource() {
			return DataSourceBuilder.create().url(h2Url()).username("sa").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRetort {

		@Bean
		Retort retort(DataSource dataSource) {
			return Retort.builder(dataSource, dev.retort.script.RevisionGraph.of(List.of())).build();
		}

	}

}
