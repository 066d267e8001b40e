package dev.retort.autoconfigure;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.retort.autoconfigure.fixture.FixtureApplication;
import dev.retort.runtime.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Flyway on the classpath too, each applies its own migrations and JPA waits for both.
 * Retort runs first, so Flyway finds a schema that is not empty: it must be told to start its
 * history there ({@code spring.flyway.baseline-on-migrate=true}, with a baseline version below
 * its first migration).
 */
class BesideFlywayTests {

	@Test
	void bothMigrateAndJpaWaitsForBoth() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
					RetortAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
			.withUserConfiguration(FixtureApplication.class)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.flyway.locations=classpath:db/flyway-fixture", "spring.flyway.baseline-on-migrate=true",
					"spring.flyway.baseline-version=0",
					"spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Retort.class).current()).containsExactly("b2c3d4e5f6a1");
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
				assertThat(jdbc.queryForObject("select count(*) from flyway_table", Integer.class)).isZero();
				assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isZero();
				String[] dependsOn = context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn();
				assertThat(Arrays.asList(dependsOn)).contains("retortMigrationInitializer", "flywayInitializer");
			});
	}

}
