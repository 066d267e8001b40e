package dev.retort.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.ddl.Identifiers;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that break SQL built by concatenation: a reserved word for a table, quotes of every kind
 * and semicolons in column and index names, a quote in a value. Each is quoted (its quote
 * characters doubled) or sent as a parameter, so the revision creates exactly what it names,
 * the rows keep their values, and the downgrade removes it all again. A reserved word is an
 * ordinary name quoted, so H2 stores it in upper case, as it would Hibernate's unquoted name.
 */
class HostileNamesTest {

	static final List<String> COLUMNS = List.of("a\"b", "a;b", "a`b", "x'y", "order", "drop table t; --");

	@DatabaseTest
	void reservedWordsQuotesAndSemicolonsInNamesAreQuotedSafely(TestDatabase db) throws Exception {
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(HostileNames.class)).build();
		retort.upgrade("head");
		List<String> columns = new ArrayList<>();
		try (Connection connection = db.connect()) {
			DatabaseMetaData metaData = connection.getMetaData();
			Identifiers identifiers = DatabasePlatforms.renderer(metaData).identifiers();
			String schema = db.schema();
			boolean catalogs = metaData.getURL().startsWith("jdbc:mariadb");
			String table = identifiers.stored("select");
			try (ResultSet rows = catalogs ? metaData.getColumns(schema, null, table, null)
					: metaData.getColumns(null, schema, table, null)) {
				while (rows.next()) {
					columns.add(rows.getString("COLUMN_NAME"));
				}
			}
			assertThat(columns).containsExactlyInAnyOrder(COLUMNS.stream().map(identifiers::stored).toArray(String[]::new));
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"select " + quote(metaData, "x'y") + " from " + quote(metaData, table))) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("it's; drop table \"select\"; --");
			}
		}
		assertThat(retort.sqlFor("e5e500000001").upgrade()).anyMatch((sql) -> sql.contains("a;b"));

		retort.downgrade("base");
		try (Connection connection = db.connect(); ResultSet rows = connection.getMetaData().getTables(null, null,
				DatabasePlatforms.renderer(connection.getMetaData()).identifiers().stored("select"), null)) {
			assertThat(rows.next()).isFalse();
		}
		assertThat(retort.current()).isEmpty();
	}

	private static String quote(DatabaseMetaData metaData, String name) throws Exception {
		String quote = metaData.getIdentifierQuoteString();
		return quote + name.replace(quote, quote + quote) + quote;
	}

	@Revision(id = "e5e500000001", message = "Hostile names")
	public static class HostileNames implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("select", column("a\"b", integer()).primaryKey(), column("a;b", string(40)),
					column("a`b", string(40)), column("x'y", string(60)), column("order", integer()),
					column("drop table t; --", integer()));
			op.createIndex("ix;\"`'", "select", "a;b", "order");
			op.bulkInsert("select", List.of(Map.of("a\"b", 1, "x'y", "it's; drop table \"select\"; --")));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropIndex("ix;\"`'", "select");
			op.dropTable("select");
		}

	}

}
