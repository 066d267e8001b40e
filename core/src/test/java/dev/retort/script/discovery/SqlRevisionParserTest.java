package dev.retort.script.discovery;

import org.junit.jupiter.api.Test;

import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlRevisionParserTest {

	@Test
	void theDesignsExample() {
		SqlRevisionScript script = SqlRevisionParser.parse("db/revisions/add_index.sql", """
				-- retort:revision id=3f2a9c1d7b4e revises=1975ea83b712 message="Add index on email"
				-- retort:upgrade
				CREATE INDEX ix_user_email ON "user" (email);
				-- retort:downgrade
				DROP INDEX ix_user_email;
				""");
		assertThat(script.id()).isEqualTo("3f2a9c1d7b4e");
		assertThat(script.revises()).containsExactly("1975ea83b712");
		assertThat(script.message()).isEqualTo("Add index on email");
		assertThat(script.transactional()).isTrue();
		assertThat(script.kind()).isEqualTo(RevisionScript.Kind.SQL);
		assertThat(script.location()).isEqualTo("db/revisions/add_index.sql");
		assertThat(script.upgradeStatements()).containsExactly("CREATE INDEX ix_user_email ON \"user\" (email)");
		assertThat(script.downgradeStatements()).containsExactly("DROP INDEX ix_user_email");
	}

	@Test
	void everyAttribute() {
		SqlRevisionScript script = SqlRevisionParser.parse("m.sql", """

				-- A comment before the header is fine.
				--retort:revision   id=merge_1 revises=a1,b2 branch-labels=x,y depends-on=c3 transactional=false message="Say \\"hi\\" \\\\ bye"
				-- retort:upgrade
				""");
		assertThat(script.revises()).containsExactly("a1", "b2");
		assertThat(script.branchLabels()).containsExactly("x", "y");
		assertThat(script.dependsOn()).containsExactly("c3");
		assertThat(script.transactional()).isFalse();
		assertThat(script.message()).isEqualTo("Say \"hi\" \\ bye");
		assertThat(script.upgradeStatements()).isEmpty();
		assertThat(script.downgradeStatements()).isEmpty();
	}

	@Test
	void malformedHeadersNameFileAndLine() {
		assertError("CREATE TABLE t (id INT);\n", "f.sql, line 1: a .sql revision starts with a header");
		assertError("-- retort:revision revises=a\n-- retort:upgrade\n", "f.sql, line 1: the header has no id");
		assertError("-- retort:revision id=a colour=blue\n", "f.sql, line 1: unknown attribute 'colour' in the header; "
				+ "known attributes: branch-labels, depends-on, id, message, revises, transactional");
		assertError("-- retort:revision id=a message=\"open\n", "the value of 'message' has no closing quote");
		assertError("-- retort:revision id=a stray\n", "'stray' in the header is not key=value");
		assertError("-- retort:revision id=a id=b\n", "'id' is given twice");
		assertError("-- retort:revision id=a transactional=maybe\n", "transactional must be true or false");
		assertError("-- retort:revision id=a\n\n-- retort:upgarde\n", "f.sql, line 3: unknown directive '-- retort:upgarde'");
		assertError("-- retort:revision id=a\nSELECT 1;\n-- retort:upgrade\n", "f.sql, line 2: SQL before '-- retort:upgrade'");
		assertError("-- retort:revision id=a\n-- retort:downgrade\nSELECT 1;\n", "no '-- retort:upgrade' section");
		assertError("-- retort:revision id=a\n-- retort:upgrade\n-- retort:upgrade\n", "line 3: a second '-- retort:upgrade'");
		assertError("-- retort:revision id=a\n-- retort:revision id=b\n", "line 2: a second '-- retort:revision' header");
		assertError("-- retort:revision id=a\n-- retort:upgrade\nSELECT 1;\n\nSELECT 'open;\n",
				"f.sql, line 5: A string literal opened on this line is never closed");
	}

	private static void assertError(String content, String message) {
		assertThatExceptionOfType(SqlRevisionFormatException.class)
			.isThrownBy(() -> SqlRevisionParser.parse("f.sql", content)).withMessageContaining(message);
	}

}
