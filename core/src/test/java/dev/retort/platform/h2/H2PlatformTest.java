package dev.retort.platform.h2;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The H2 release Spring Boot 4 manages loses IN-list checks with the connection that created
 * them; Retort warns of it before it migrates. When the build's H2 no longer has the defect, the
 * first test fails: then the warning's versions are to be checked again.
 */
class H2PlatformTest {

	@Test
	void theH2OnTheClassPathLosesAnInListCheckWithTheConnectionThatCreatedIt() throws Exception {
		String url = "jdbc:h2:mem:h2-platform-test;DB_CLOSE_DELAY=-1";
		String version;
		try (Connection creating = DriverManager.getConnection(url); Statement statement = creating.createStatement()) {
			version = creating.getMetaData().getDatabaseProductVersion();
			statement.execute("create table ticket (kind varchar(31) not null, check (kind in ('A','B')))");
		}
		try (Connection inserting = DriverManager.getConnection(url);
				PreparedStatement insert = inserting.prepareStatement("insert into ticket (kind) values (?)")) {
			insert.setString(1, "A");
			assertThat(H2Platform.knownDefect(version)).as(version).isPresent();
			assertThatExceptionOfType(java.sql.SQLException.class).isThrownBy(insert::executeUpdate)
				.withMessageContaining("Check constraint invalid");
		}
	}

	@Test
	void warnsOfTheReleasesWithTheDefectOnly() {
		assertThat(H2Platform.knownDefect("2.4.240 (2025-09-22)")).hasValueSatisfying(
				(warning) -> assertThat(warning).contains("h2database issue 4302").contains("2.5.252"));
		assertThat(H2Platform.knownDefect("2.5.252 (2026-05-01)")).isEmpty();
		assertThat(H2Platform.knownDefect("2.3.232 (2024-08-11)")).isEmpty();
		assertThat(H2Platform.knownDefect(null)).isEmpty();
	}

}
