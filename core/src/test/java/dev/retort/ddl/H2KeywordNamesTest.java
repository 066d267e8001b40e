package dev.retort.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word H2 reserves, as a column name, creates its table on every database (a hostile
 * review found {@code session_user} and {@code uescape} left unquoted). That H2's renderer knows
 * exactly its parser's keywords is {@code H2SqlRendererTest}'s.
 */
public class H2KeywordNamesTest {

	/** H2's keywords, and the words its documentation lists that its parser reads by context. */
	public static final List<String> H2_KEYWORDS = List.of("all", "and", "any", "array", "as", "asymmetric", "authorization",
			"between", "both", "case", "cast", "check", "constraint", "cross", "current_catalog", "current_date",
			"current_path", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "day",
			"default", "distinct", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full",
			"group", "groups", "having", "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is", "join",
			"key", "leading", "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month",
			"natural", "not", "null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify", "range",
			"regexp", "right", "row", "rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric",
			"system_user", "table", "to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user",
			"using", "value", "values", "when", "where", "window", "with", "year", "_rowid_");

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void everyKeywordAsAColumn(TestDatabase db) throws Exception {
		List<String> failed = new ArrayList<>();
		try (LiveSchema schema = LiveSchema.open(db)) {
			for (String word : H2_KEYWORDS) {
				try {
					schema.apply((op) -> op.createTable("kw_" + word.replace("_", "x"), column(word, integer())));
				}
				catch (Exception ex) {
					failed.add(word + " (" + schema.sqlName(word) + "): " + ex.getMessage().lines().findFirst().orElse(""));
				}
			}
		}
		assertThat(failed).isEmpty();
	}

}
