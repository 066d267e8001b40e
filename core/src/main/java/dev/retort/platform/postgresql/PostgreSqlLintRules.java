package dev.retort.platform.postgresql;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.lint.Hazard;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintRule;
import dev.retort.lint.SharedRules;
import dev.retort.lint.SqlStatement;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;

/**
 * PostgreSQL's own hazards: statements that hold a lock which blocks the application's writes, or
 * its reads, for as long as they scan the table.
 */
final class PostgreSqlLintRules {

	private static final Pattern INDEX_TABLE = Pattern.compile("(?i)\\bon\\s+(?:only\\s+)?([\\w.\"]+)");

	private static final Pattern SET_NOT_NULL = Pattern.compile("(?i)\\bset\\s+not\\s+null\\b");

	private static final Pattern ALTERED_TABLE = Pattern
		.compile("(?i)^alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?([\\w.\"]+)");

	private PostgreSqlLintRules() {
	}

	static List<LintRule> all() {
		return List.of(INDEX_BLOCKS_WRITES, SET_NOT_NULL_SCANS);
	}

	/** {@code CREATE INDEX} without {@code CONCURRENTLY} on a table that exists: a SHARE lock. */
	static final LintRule INDEX_BLOCKS_WRITES = SharedRules.rule("index-blocks-writes", (operation, context) -> {
		ObjectName table = null;
		if (operation instanceof Operation.CreateIndex index && !index.isConcurrent()) {
			table = index.table();
		}
		else if (operation instanceof Operation.ExecuteSql sql) {
			SqlStatement statement = SqlStatement.of(sql.sql());
			if (statement.kind().equals("create index") && !statement.isConcurrent()) {
				table = tableIn(INDEX_TABLE, statement.text());
			}
		}
		if (table == null || context.isNew(table)) {
			return Optional.empty();
		}
		return Optional.of(new Hazard(context.bySize(table), "CREATE INDEX holds a SHARE lock on " + table + " ("
				+ context.sizeOf(table) + "): every insert, update and delete waits until the index is built",
				"build it concurrently (op.createIndex(name, table, columns, ix -> ix.concurrently()), or CREATE INDEX"
						+ " CONCURRENTLY) in a non-transactional revision of its own"));
	});

	/** {@code SET NOT NULL}: an ACCESS EXCLUSIVE lock while the whole table is scanned. */
	static final LintRule SET_NOT_NULL_SCANS = SharedRules.rule("set-not-null-scans", (operation, context) -> {
		ObjectName table = null;
		if (operation instanceof Operation.AlterColumn alter && Boolean.FALSE.equals(alter.nullable())
				&& !Boolean.FALSE.equals(alter.existingNullable())) {
			table = alter.table();
		}
		else if (operation instanceof Operation.ExecuteSql sql && SET_NOT_NULL.matcher(sql.sql()).find()) {
			table = tableIn(ALTERED_TABLE, SqlStatement.of(sql.sql()).text());
		}
		if (table == null || context.isNew(table)) {
			return Optional.empty();
		}
		return Optional.of(new Hazard(context.bySize(table), "SET NOT NULL scans " + table + " ("
				+ context.sizeOf(table) + ") under an ACCESS EXCLUSIVE lock: no query reads or writes it meanwhile",
				"add CHECK (column IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT (which lets queries run), then"
						+ " SET NOT NULL, which uses the validated check instead of scanning"));
	});

	/** The table a statement names, or {@code null} when it cannot be read. */
	private static ObjectName tableIn(Pattern pattern, String sql) {
		Matcher matcher = pattern.matcher(sql);
		if (!matcher.find()) {
			return null;
		}
		String name = matcher.group(1).replace("\"", "");
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? new ObjectName(null, name) : new ObjectName(name.substring(0, dot), name.substring(dot + 1));
	}

}
