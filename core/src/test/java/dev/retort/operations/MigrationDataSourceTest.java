package dev.retort.operations;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The DataSource view hands out the migration's connection and keeps the runner in charge of it.
 */
class MigrationDataSourceTest {

	@DatabaseTest
	void sharesTheTransactionOfTheMigrationConnection(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			connection.setAutoCommit(false);
			connection.createStatement().execute("create table t (id int)");
			connection.commit();
			MigrationDataSource dataSource = new MigrationDataSource(connection);

			new JdbcTemplate(dataSource).update("insert into t (id) values (?)", 1);
			connection.rollback();

			assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from t", Integer.class)).isZero();
			assertThat(connection.isClosed()).isFalse();
		}
	}

	@DatabaseTest({ DatabaseKind.H2 })
	void refusesToCommitRollBackOrSwitchAutoCommit(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			connection.setAutoCommit(false);
			Connection borrowed = new MigrationDataSource(connection).getConnection();

			assertThatExceptionOfType(SQLException.class).isThrownBy(borrowed::commit)
				.withMessageContaining("Retort, which commits or rolls back");
			assertThatExceptionOfType(SQLException.class).isThrownBy(borrowed::rollback);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> borrowed.setAutoCommit(true))
				.withMessageContaining("transactional = false");
			borrowed.setAutoCommit(false);
			borrowed.close();
			assertThat(borrowed.isClosed()).isFalse();
			assertThat(borrowed.unwrap(Connection.class)).isNotNull();
		}
	}

}
