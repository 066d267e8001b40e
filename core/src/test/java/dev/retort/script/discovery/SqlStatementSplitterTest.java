package dev.retort.script.discovery;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlStatementSplitterTest {

	private static List<String> split(String sql) throws SqlStatementSplitter.UnterminatedException {
		return SqlStatementSplitter.split(sql);
	}

	@Test
	void splitsAtSemicolonsAndDropsEmptyStatements() throws Exception {
		assertThat(split("CREATE TABLE a (id INT);\n\n;  ;\nDROP TABLE b;")).containsExactly("CREATE TABLE a (id INT)",
				"DROP TABLE b");
		assertThat(split("SELECT 1")).containsExactly("SELECT 1");
		assertThat(split("  \n -- nothing here\n")).isEmpty();
	}

	@Test
	void semicolonsInsideLiteralsAndIdentifiersStay() throws Exception {
		assertThat(split("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT \"odd;name\", `back;tick` FROM t;"))
			.containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT \"odd;name\", `back;tick` FROM t");
		assertThat(split("SELECT \"a\"\"b;\" FROM t; SELECT 2")).containsExactly("SELECT \"a\"\"b;\" FROM t",
				"SELECT 2");
	}

	@Test
	void backslashEscapesOnlyInEscapeStrings() throws Exception {
		assertThat(split("SELECT E'it\\'s; ok'; SELECT 'C:\\'; SELECT 3")).containsExactly("SELECT E'it\\'s; ok'",
				"SELECT 'C:\\'", "SELECT 3");
	}

	@Test
	void comments() throws Exception {
		assertThat(split("-- leading; comment\nSELECT 1; -- trailing; comment\n/* block; */ SELECT 2 /* inner; */;"))
			.containsExactly("SELECT 1", "SELECT 2 /* inner; */");
		assertThat(split("/* outer /* nested; */ still; comment */ SELECT 3;")).containsExactly("SELECT 3");
		assertThat(split("SELECT 4 -- no semicolon at the end")).containsExactly("SELECT 4 -- no semicolon at the end");
		assertThat(split("SELECT '--not a comment;'; SELECT 5")).containsExactly("SELECT '--not a comment;'",
				"SELECT 5");
	}

	@Test
	void dollarQuotes() throws Exception {
		String function = """
				CREATE FUNCTION touch() RETURNS trigger AS $$
				BEGIN
					NEW.updated := now(); -- a semicolon inside
					RETURN NEW;
				END;
				$$ LANGUAGE plpgsql;
				DO $body$ BEGIN PERFORM 'x$$y;'; END $body$;
				SELECT $1, a$b FROM t; SELECT 6""";
		assertThat(split(function)).hasSize(4).satisfies((statements) -> {
			assertThat(statements.get(0)).startsWith("CREATE FUNCTION").endsWith("$$ LANGUAGE plpgsql")
				.contains("RETURN NEW;");
			assertThat(statements.get(1)).isEqualTo("DO $body$ BEGIN PERFORM 'x$$y;'; END $body$");
			assertThat(statements.get(2)).isEqualTo("SELECT $1, a$b FROM t");
			assertThat(statements.get(3)).isEqualTo("SELECT 6");
		});
	}

	@Test
	void unterminatedQuotesAndCommentsNameTheirLine() {
		assertThatExceptionOfType(SqlStatementSplitter.UnterminatedException.class)
			.isThrownBy(() -> split("SELECT 1;\nSELECT 'open;\nmore"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessage("A string literal opened on this line is never closed");
		assertThatExceptionOfType(SqlStatementSplitter.UnterminatedException.class)
			.isThrownBy(() -> split("\n\n/* never closed")).satisfies((ex) -> assertThat(ex.line()).isEqualTo(3));
		assertThatExceptionOfType(SqlStatementSplitter.UnterminatedException.class)
			.isThrownBy(() -> split("DO $x$ BEGIN END;")).withMessageContaining("$x$");
		assertThatExceptionOfType(SqlStatementSplitter.UnterminatedException.class)
			.isThrownBy(() -> split("SELECT \"open"));
	}

	/**
	 * A lint suppression goes with the statement it stands before, but only as a comment every
	 * database reads as one: MariaDB takes {@code --retort:...} without a space for SQL.
	 */
	@Test
	void aLintSuppressionGoesWithItsStatementOnlyWhenEveryDatabaseReadsItAsAComment() throws Exception {
		assertThat(split("create table t (id int);\n-- retort:lint-ignore truncate\ntruncate table t;"))
			.containsExactly("create table t (id int)", "-- retort:lint-ignore truncate\ntruncate table t");
		assertThat(split("create table t (id int);\n--retort:lint-ignore truncate\ntruncate table t;"))
			.containsExactly("create table t (id int)", "truncate table t");
	}

}
