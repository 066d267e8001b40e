package dev.retort.operations;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Code run with a {@link DataSource} whose every connection is the migration's own connection,
 * so that Spring's {@code JdbcTemplate} or any DataSource-based library works inside the
 * revision's transaction: {@code op.withDataSource(ds -> new JdbcTemplate(ds).update(...))}.
 */
@FunctionalInterface
public interface DataSourceCallback {

	void doWithDataSource(DataSource dataSource) throws SQLException;

}
