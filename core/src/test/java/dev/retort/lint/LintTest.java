package dev.retort.lint;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.runtime.Retort;
import dev.retort.script.RevisionScript;
import dev.retort.script.discovery.SqlRevisionParser;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionGraph;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lint} on a real database (issue 20): the pending revisions' statements, each rule's
 * finding where its hazard is and nowhere else (a new table may be changed any way, a
 * suppression is honoured), PostgreSQL's own rules only there, and each hazard's severity
 * following the size the catalog gives its table.
 */
class LintTest {

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void thePendingRevisionsHazardsAreFoundWithTheirTablesSizes(TestDatabase db) throws Exception {
		Retort retort = retort(db, 10);
		retort.upgrade("11e700000001");
		fill(db, 50);

		Map<String, Severity> found = bySeverity(retort.lint(false));
		assertThat(found).containsEntry("not-null-column-without-default", Severity.ERROR)
			.containsEntry("data-change-without-where", Severity.WARNING)
			.containsEntry("truncate", Severity.ERROR)
			.containsEntry("drop-still-mapped", Severity.WARNING);
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(found).containsEntry("index-blocks-writes", Severity.ERROR)
				.containsEntry("set-not-null-scans", Severity.ERROR);
			// Below the large-table line the same rewrite is worth knowing, no more
			assertThat(bySeverity(retort(db, 1_000).lint(false))).containsEntry("index-blocks-writes", Severity.INFO)
				.containsEntry("set-not-null-scans", Severity.INFO);
		}
		else {
			assertThat(found).doesNotContainKeys("index-blocks-writes", "set-not-null-scans");
		}
		// One truncate is suppressed; the new table's index and NOT NULL column are harmless
		List<Finding> findings = retort.lint(false);
		assertThat(findings).filteredOn((finding) -> finding.rule().equals("truncate")).hasSize(1);
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.describe()).doesNotContain("t_fresh"));
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.revision()).isEqualTo("11e700000002"));

		// Every revision, applied ones included, with --all; none once nothing is pending
		assertThat(retort.lint(true)).hasSameSizeAs(findings);
		retort.upgrade("head");
		assertThat(retort.lint(false)).isEmpty();
	}

	/**
	 * A {@code .sql} revision's statements are linted as an operation's are, its suppressions
	 * honoured; offline, a hazard that grows with its table is a warning, its size unknown.
	 */
	@org.junit.jupiter.api.Test
	void aSqlRevisionIsLintedOfflineWithItsSuppressions() {
		RevisionScript revision = SqlRevisionParser.parse("V2__risky.sql", """
				-- retort:revision id=5a1700000002 revises=11e700000001 message="Risky SQL"
				-- retort:upgrade
				create index ix_lint_name on t_lint (name);
				-- retort:lint-ignore truncate, data-change-without-where
				truncate table t_lint;
				delete from t_lint;
				vacuum t_lint;
				frobnicate t_lint;
				""");
		List<LintRule> rules = new java.util.ArrayList<>(SharedRules.all());
		rules.addAll(DatabasePlatforms.of(DatabaseFamily.POSTGRESQL).lintRules());
		List<Finding> findings = new Linter(rules, TableSizes.UNKNOWN, 10).lint(List.of(revision));
		assertThat(findings).extracting(Finding::statement, Finding::rule, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "index-blocks-writes", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple(3, "data-change-without-where", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple(5, "unrecognised-sql", Severity.INFO));
		assertThat(findings.get(0).describe()).contains("size unknown");
	}

	private static Retort retort(TestDatabase db, long largeTableRows) {
		return Retort.builder(db.dataSource(), graph())
			.settings(dev.retort.runtime.RetortSettings.defaults().withLintLargeTableRows(largeTableRows))
			.build();
	}

	private static Map<String, Severity> bySeverity(List<Finding> findings) {
		return findings.stream().collect(Collectors.toMap(Finding::rule, Finding::severity, (a, b) -> a));
	}

	/** Rows in the base table, counted by the catalog as a live database's would be. */
	private static void fill(TestDatabase db, int rows) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			for (int i = 1; i <= rows; i++) {
				statement.addBatch("insert into t_lint (id, name, note) values (" + i + ", 'n" + i + "', 'x')");
			}
			statement.executeBatch();
			switch (db.kind()) {
				case POSTGRESQL -> statement.execute("analyze t_lint");
				case MARIADB -> statement.execute("analyze table t_lint");
				case H2 -> statement.execute("analyze table t_lint");
			}
		}
	}

	private static RevisionGraph graph() {
		return RevisionGraph.of(List.of(JavaRevisionScript.of(Base.class), JavaRevisionScript.of(Risky.class)));
	}

	@Revision(id = "11e700000001", message = "A table with rows")
	public static class Base implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_lint", column("id", integer()).primaryKey(), column("name", string(50)),
					column("note", string(50)));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_lint");
		}

	}

	@Revision(id = "11e700000002", revises = "11e700000001", message = "Everything a live site fears")
	public static class Risky implements Migration {

		@Override
		public void upgrade(Operations op) {
			// Lint reads the catalog's sizes as they are before the run: it does not play the statements
			op.sql("update t_lint set name = 'everyone'");
			op.sql("truncate table t_lint");
			op.sql("-- retort:lint-ignore truncate\ntruncate table t_lint");
			op.createIndex("ix_lint_name", "t_lint", "name");
			op.addColumn("t_lint", column("required", integer()).notNull());
			op.alterColumn("t_lint", "note", (column) -> column.nullable(false));
			op.dropColumn("t_lint", "name");
			op.createTable("t_fresh", column("id", integer()).primaryKey(), column("code", string(10)));
			op.createIndex("ix_fresh_code", "t_fresh", "code");
			op.addColumn("t_fresh", column("required", integer()).notNull());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_fresh");
		}

	}

}
