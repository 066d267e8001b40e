package dev.retort.autoconfigure.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import dev.retort.autoconfigure.fixture.FixtureApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @JdbcTest} gets its embedded database migrated before its {@code JdbcTemplate} is used.
 */
@JdbcTest
@ContextConfiguration(classes = FixtureApplication.class)
class JdbcTestSliceTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSliceRunsOnTheMigratedSchema() {
		this.jdbc.update("insert into person (id, name, email) values (1, 'Ada', 'ada@example.com')");
		assertThat(this.jdbc.queryForObject("select count(*) from person", Integer.class)).isOne();
	}

}
