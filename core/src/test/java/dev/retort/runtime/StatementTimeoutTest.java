package dev.retort.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code retort.statement-timeout} (issue 20, lock timeouts at run time): a revision's statement
 * that runs longer is cancelled by the database, the revision fails saying which limit it ran
 * into and what to do, the database stays at the revision before it, recorded as such, and the
 * connection goes back to the pool with the database's own limit.
 */
class StatementTimeoutTest {

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aStatementThatRunsLongerIsCancelledAndTheDatabaseStaysWhereItWas(TestDatabase db) throws Exception {
		// One connection throughout, as a pool of one would hand out: what the run set on it must go
		try (Connection connection = db.connect()) {
			SingleConnectionDataSource pool = new SingleConnectionDataSource(connection, true);
			String before = limit(db, connection);
			Retort limited = retort(pool, Duration.ofMillis(300));
			limited.upgrade("aaaa00000001");

			assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> limited.upgrade("head"))
				.withMessageContaining("ran longer than retort.statement-timeout (PT0.3S)")
				.withMessageContaining("raise retort.statement-timeout");
			assertThat(limited.current()).containsExactly("aaaa00000001");
			assertThat(limit(db, connection)).as("the session's limit, set back").isEqualTo(before);

			// Without the limit the same revision runs to its end
			Retort unlimited = retort(pool, null);
			if (unlimited.unfinished().isPresent()) {
				unlimited.upgrade("5a0e00000002", InterruptedStatement.RERUN);
			}
			else {
				unlimited.upgrade("head");
			}
			assertThat(unlimited.current()).containsExactly("5a0e00000002");
		}
	}

	/**
	 * H2 keeps a statement's query timeout as its session's, and the migration lock waits with
	 * one: every connection Retort took from the pool goes back with the limit it came with, or
	 * the application's next query on it would be cancelled after five seconds.
	 */
	@DatabaseTest(DatabaseKind.H2)
	void everyConnectionGoesBackToThePoolWithTheLimitItCameWith(TestDatabase db) throws Exception {
		List<Connection> handedOut = new ArrayList<>();
		DataSource pool = new DelegatingDataSource(db.dataSource()) {

			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				handedOut.add(connection);
				return new SingleConnectionDataSource(connection, true).getConnection();
			}

		};
		retort(pool, Duration.ofSeconds(30)).upgrade("aaaa00000001");
		assertThat(handedOut).hasSizeGreaterThan(1);
		for (Connection connection : handedOut) {
			assertThat(limit(db, connection)).isEqualTo("0");
			connection.close();
		}
	}

	private static Retort retort(DataSource dataSource, Duration statementTimeout) {
		return Retort.builder(dataSource, Fixtures.graph(Fixtures.Base.class, SlowStatement.class))
			.settings(RetortSettings.defaults().withStatementTimeout(statementTimeout))
			.build();
	}

	/** The database's limit on the session. */
	private static String limit(TestDatabase db, Connection connection) throws SQLException {
		String query = switch (db.kind()) {
			case POSTGRESQL -> "select current_setting('statement_timeout')";
			case MARIADB -> "select @@session.max_statement_time";
			case H2 -> "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'";
		};
		try (Statement statement = connection.createStatement(); ResultSet value = statement.executeQuery(query)) {
			return value.next() ? value.getString(1) : null;
		}
	}

	@Revision(id = "5a0e00000002", revises = "aaaa00000001", message = "A statement that takes two seconds")
	public static class SlowStatement implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.withConnection("wait two seconds", (connection) -> {
				String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
				String sql = product.contains("postgres") ? "select pg_sleep(2)"
						: product.contains("h2") ? "select count(*) from system_range(1, 20000000) a"
								+ " where mod(a.x * 7, 13) = 5"
								: "select sleep(2)";
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
			});
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
