package dev.retort.platform;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.OracleDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.retort.RetortException;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.DialectSqlRenderer;
import dev.retort.ddl.SqlRenderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database is one package: its platform, renderer and schema reader live together, and
 * every way of naming the database (family, product name, Hibernate dialect) finds that package.
 */
class DatabasePlatformsTest {

	@ParameterizedTest
	@EnumSource(value = DatabaseFamily.class, names = { "POSTGRESQL", "MARIADB", "H2" })
	void aDatabasesRendererAndReaderLiveInItsPlatformsPackage(DatabaseFamily family) {
		DatabasePlatform platform = DatabasePlatforms.of(family);
		Package home = platform.getClass().getPackage();
		assertThat(platform.family()).isEqualTo(family);
		assertThat(platform.renderer(platform.offlineDialect()).getClass().getPackage()).isEqualTo(home);
		assertThat(platform.schemaReader().getClass().getPackage()).isEqualTo(home);
		assertThat(DatabasePlatforms.of(platform.offlineDialect())).isSameAs(platform);
	}

	@Test
	void theDialectNamesThePlatform() {
		assertThat(DatabasePlatforms.of(new PostgreSQLDialect()).family()).isEqualTo(DatabaseFamily.POSTGRESQL);
		assertThat(DatabasePlatforms.of(new MariaDBDialect(DatabaseVersion.make(10, 6))).family())
			.isEqualTo(DatabaseFamily.MARIADB);
		assertThat(DatabasePlatforms.of(new MySQLDialect()).family()).isEqualTo(DatabaseFamily.MARIADB);
		assertThat(DatabasePlatforms.of(new H2Dialect()).family()).isEqualTo(DatabaseFamily.H2);
		assertThat(DatabasePlatforms.of(new OracleDialect()).family()).isEqualTo(DatabaseFamily.OTHER);
	}

	@Test
	void anyOtherDatabaseRendersThroughItsDialectAndReadsThroughJdbcMetadata() {
		SqlRenderer oracle = DatabasePlatforms.renderer(new OracleDialect());
		assertThat(oracle.getClass()).isEqualTo(DialectSqlRenderer.class);
		assertThat(DatabasePlatforms.of(DatabaseFamily.OTHER).schemaReader().getClass().getPackageName())
			.isEqualTo("dev.retort.platform.generic");
	}

	@Test
	void anUnknownDatabaseOfflineAsksForItsDialect() {
		assertThatExceptionOfType(RetortException.class)
			.isThrownBy(() -> DatabasePlatforms.offlineRenderer(DatabaseFamily.OTHER))
			.withMessageContaining("name the dialect");
	}

	@Test
	void theOfflineMariaDbIsTheOldestLongTermReleaseWithUuid() {
		assertThat(DatabasePlatforms.of(DatabaseFamily.MARIADB).offlineDialect().getVersion())
			.isEqualTo(DatabaseVersion.make(10, 11));
	}

}
