package dev.retort.autoconfigure;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

import dev.retort.RetortException;

/**
 * The DataSource Retort migrates with, and the application DataSource whose schema it therefore
 * manages.
 *
 * @param dataSource the connection to migrate with
 * @param managed the application's DataSource it stands for (the same, or the one it was derived
 * from); {@code null} when the migration connection is unrelated to any
 */
public record MigrationDataSource(DataSource dataSource, @Nullable DataSource managed) {

	/**
	 * Chooses as Spring Boot's Flyway support does: a DataSource marked {@link RetortDataSource};
	 * else {@code retort.url} (with {@code retort.user} and {@code retort.password}); else the
	 * application's DataSource as another user ({@code retort.user}); else the application's
	 * DataSource itself.
	 */
	static MigrationDataSource choose(@Nullable DataSource retortDataSource, @Nullable DataSource applicationDataSource,
			RetortProperties properties) {
		if (retortDataSource != null) {
			return new MigrationDataSource(retortDataSource, retortDataSource);
		}
		if (StringUtils.hasText(properties.getUrl())) {
			DataSource dataSource = DataSourceBuilder.create()
				.type(SimpleDriverDataSource.class)
				.url(properties.getUrl())
				.username(properties.getUser())
				.password(properties.getPassword())
				.build();
			return new MigrationDataSource(dataSource, null);
		}
		if (applicationDataSource == null) {
			throw new RetortException("Retort has no DataSource to migrate: define one (spring.datasource.url),"
					+ " mark one @RetortDataSource, or set retort.url");
		}
		if (StringUtils.hasText(properties.getUser())) {
			DataSource dataSource = DataSourceBuilder.derivedFrom(applicationDataSource)
				.type(SimpleDriverDataSource.class)
				.username(properties.getUser())
				.password(properties.getPassword())
				.build();
			return new MigrationDataSource(dataSource, applicationDataSource);
		}
		return new MigrationDataSource(applicationDataSource, applicationDataSource);
	}

	boolean manages(DataSource candidate) {
		return candidate == this.dataSource || candidate == this.managed;
	}

}
