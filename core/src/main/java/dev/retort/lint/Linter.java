package dev.retort.lint;

import java.util.ArrayList;
import java.util.List;

import dev.retort.Migration;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.script.RevisionScript;

/**
 * Runs the rules over each statement of the revisions' upgrades, in order, knowing which tables
 * the run created before each statement and, when connected, how large the others are.
 */
public final class Linter {

	/** Rows from which a table counts as large unless configured: {@code retort.lint.large-table-rows}. */
	public static final long DEFAULT_LARGE_TABLE_ROWS = 100_000;

	private static final java.util.regex.Pattern IGNORE = java.util.regex.Pattern
		.compile("--\\s*retort:lint-ignore[ \\t]+([\\w, \\t-]+)");

	private final List<LintRule> rules;

	private final TableSizes sizes;

	private final long largeTableRows;

	public Linter(List<LintRule> rules, TableSizes sizes, long largeTableRows) {
		this.rules = List.copyOf(rules);
		this.sizes = sizes;
		this.largeTableRows = largeTableRows;
	}

	/** A run: revisions linted one after the other, in the order they are applied. */
	public LintRun run() {
		return new LintRun(this.rules, new LintContext(this.sizes, this.largeTableRows));
	}

	/**
	 * The findings in the revisions' upgrades, revision by revision, statement by statement, as
	 * one run applies them in this order: a table an earlier one creates is new, and empty, to
	 * the later ones.
	 */
	public List<Finding> lint(List<RevisionScript> revisions) {
		LintRun run = run();
		List<Finding> findings = new ArrayList<>();
		for (RevisionScript revision : revisions) {
			Migration migration = revision.newMigration();
			findings.addAll(run.lint(revision.id(), OperationRecorder.record(migration::upgrade)));
		}
		return findings;
	}

	/** The findings in one revision's upgrade, given as its operations (one not written yet). */
	public List<Finding> lint(String revision, List<Operation> upgrade) {
		return run().lint(revision, upgrade);
	}

	/**
	 * Whether the statement says, in a comment of its own ({@code -- retort:lint-ignore <id>}),
	 * that its author has seen the rule's hazard: a suppression a reviewer reads with the SQL.
	 */
	static boolean ignored(Operation operation, LintRule rule) {
		if (!(operation instanceof Operation.ExecuteSql sql)) {
			return false;
		}
		java.util.regex.Matcher ignore = IGNORE.matcher(sql.sql());
		while (ignore.find()) {
			if (List.of(ignore.group(1).strip().split("[\\s,]+")).contains(rule.id())) {
				return true;
			}
		}
		return false;
	}

	/** The statement in a few words, for a finding's line. */
	static String describe(Operation operation) {
		if (operation instanceof Operation.ExecuteSql sql) {
			return SqlStatement.of(sql.sql()).summary();
		}
		if (operation instanceof Operation.CreateIndex index) {
			return "create index " + index.name() + " on " + index.table() + " " + index.columns();
		}
		if (operation instanceof Operation.AddColumn add) {
			return "add column " + add.table() + "." + add.column().name();
		}
		if (operation instanceof Operation.AlterColumn alter) {
			return "alter column " + alter.table() + "." + alter.column();
		}
		if (operation instanceof Operation.DropColumn drop) {
			return "drop column " + drop.table() + "." + drop.column();
		}
		if (operation instanceof Operation.DropTable drop) {
			return "drop table " + drop.table();
		}
		String name = operation.getClass().getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
