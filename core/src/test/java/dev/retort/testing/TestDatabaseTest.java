package dev.retort.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test set-up reaches every database, and each test's schema is its own.
 */
class TestDatabaseTest {

	@DatabaseTest
	void reachesTheDatabaseInItsOwnEmptySchema(TestDatabase db) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			String product = connection.getMetaData().getDatabaseProductName();
			System.out.println("[retort-tests] " + db.kind() + ": " + product + " "
					+ connection.getMetaData().getDatabaseProductVersion() + " at " + db.url());
			assertThat(product).containsIgnoringCase(db.kind() == DatabaseKind.MARIADB ? "MariaDB" : db.kind().name());
			statement.execute("create table probe (id int primary key)");
			statement.execute("insert into probe values (1)");
			try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				int tables = 0;
				while (rows.next()) {
					if (db.kind() != DatabaseKind.H2 || "PUBLIC".equals(rows.getString("TABLE_SCHEM"))) {
						if (isOwnSchema(db, rows)) {
							tables++;
						}
					}
				}
				assertThat(tables).as("tables in the test's own schema").isEqualTo(1);
			}
		}
	}

	@DatabaseTest
	void twoTestDatabasesDoNotSeeEachOther(TestDatabase db) throws Exception {
		try (TestDatabase other = TestDatabase.of(db.kind())) {
			assertThat(other.schema()).isNotEqualTo(db.kind() == DatabaseKind.H2 ? "" : db.schema());
			try (Connection first = db.connect(); Statement statement = first.createStatement()) {
				statement.execute("create table only_here (id int)");
			}
			try (Connection second = other.connect();
					ResultSet rows = second.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					assertThat(isOwnSchema(other, rows) && rows.getString("TABLE_NAME").equalsIgnoreCase("only_here"))
						.as("the other database sees only_here").isFalse();
				}
			}
		}
	}

	@Test
	void replacesTheDatabaseOfAMariaDbUrl() {
		assertThat(TestDatabase.withDatabase("jdbc:mariadb://127.0.0.1:3306/test?useSsl=false", "t1"))
			.isEqualTo("jdbc:mariadb://127.0.0.1:3306/t1?useSsl=false");
		assertThat(TestDatabase.withDatabase("jdbc:mariadb://localhost:3306", "t1"))
			.isEqualTo("jdbc:mariadb://localhost:3306/t1");
	}

	private static boolean isOwnSchema(TestDatabase db, ResultSet row) throws Exception {
		return switch (db.kind()) {
			case H2 -> "PUBLIC".equals(row.getString("TABLE_SCHEM"));
			case POSTGRESQL -> db.schema().equals(row.getString("TABLE_SCHEM"));
			case MARIADB -> db.schema().equals(row.getString("TABLE_CAT"));
		};
	}

}
