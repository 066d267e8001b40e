package dev.retort.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What MariaDB's lint rules claim, asked of the server itself: a change InnoDB can only make by
 * copying the table is refused with {@code ALGORITHM=INPLACE} (and so copies, blocking writes,
 * when the algorithm is left to the server), and one it makes in place is accepted so.
 */
class MariaDbCopyHazardsTest {

	@DatabaseTest(DatabaseKind.MARIADB)
	void aTypeChangeOrACharsetChangeCopiesTheTableAndALongerVarcharDoesNot(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			execute(connection, "create table t_copy (id int primary key, code varchar(20), amount int)"
					+ " character set utf8mb4");
			execute(connection, "insert into t_copy values (1, 'a', 1), (2, 'b', 2)");
			// alter-copies-table
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, "alter table t_copy modify amount bigint, algorithm=inplace"));
			assertThatExceptionOfType(SQLException.class).isThrownBy(
					() -> execute(connection, "alter table t_copy modify code varchar(10), algorithm=inplace"));
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, "alter table t_copy modify code text, algorithm=inplace"));
			assertThatCode(() -> execute(connection, "alter table t_copy modify code varchar(100), algorithm=inplace,"
					+ " lock=none")).doesNotThrowAnyException();
			// charset-change-copies-table
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(connection,
					"alter table t_copy convert to character set latin1, algorithm=inplace"));
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
