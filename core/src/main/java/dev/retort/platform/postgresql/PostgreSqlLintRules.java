package dev.retort.platform.postgresql;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.lint.Hazard;
import dev.retort.lint.Severity;
import dev.retort.lint.LintRule;
import dev.retort.lint.SharedRules;
import dev.retort.lint.SqlStatement;
import dev.retort.operations.Constraint;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.types.ColumnType;

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

	private static final Pattern ADD_CONSTRAINT = Pattern
		.compile("(?i)\\badd\\s+(?:constraint\\s+[\\w\"]+\\s+)?(foreign\\s+key|check|unique|primary\\s+key)\\b");

	private static final Pattern NOT_VALID = Pattern.compile("(?i)\\bnot\\s+valid\\b");

	private static final Pattern USING_INDEX = Pattern.compile("(?i)\\busing\\s+index\\b");

	static List<LintRule> all() {
		return List.of(INDEX_BLOCKS_WRITES, SET_NOT_NULL_SCANS, CONSTRAINT_VALIDATES, UNIQUE_BLOCKS_WRITES,
				TYPE_CHANGE_REWRITES);
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

	/**
	 * A foreign key or check added to a table that exists, validated as it is added: the whole
	 * table read under a lock that stops writes (a foreign key: on both tables) or every query (a
	 * check).
	 */
	static final LintRule CONSTRAINT_VALIDATES = SharedRules.rule("constraint-validates", (operation, context) -> {
		ObjectName table = null;
		String kind = null;
		if (operation instanceof Operation.AddConstraint add && (add.constraint() instanceof Constraint.ForeignKey
				|| add.constraint() instanceof Constraint.Check)) {
			table = add.table();
			kind = (add.constraint() instanceof Constraint.ForeignKey) ? "foreign key" : "check";
		}
		else if (operation instanceof Operation.ExecuteSql sql && !NOT_VALID.matcher(sql.sql()).find()) {
			Matcher added = ADD_CONSTRAINT.matcher(sql.sql());
			if (added.find() && !added.group(1).toLowerCase(java.util.Locale.ROOT).matches("unique|primary\\s+key")) {
				table = tableIn(ALTERED_TABLE, SqlStatement.of(sql.sql()).text());
				kind = added.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("check") ? "check" : "foreign key";
			}
		}
		if (table == null || context.isNew(table)) {
			return Optional.empty();
		}
		String lock = kind.equals("check") ? "an ACCESS EXCLUSIVE lock: no query reads or writes it"
				: "a SHARE ROW EXCLUSIVE lock on it and on the table it references: writes to both wait";
		return Optional.of(new Hazard(context.bySize(table), "adding a " + kind + " checks every row of " + table
				+ " (" + context.sizeOf(table) + ") under " + lock,
				"add it NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a statement of its own, which checks"
						+ " the rows while reads and writes go on (op.sql for both)"));
	});

	/** A unique constraint added to a table that exists: its index built while writes wait. */
	static final LintRule UNIQUE_BLOCKS_WRITES = SharedRules.rule("unique-blocks-writes", (operation, context) -> {
		ObjectName table = null;
		if (operation instanceof Operation.AddConstraint add && add.constraint() instanceof Constraint.Unique) {
			table = add.table();
		}
		else if (operation instanceof Operation.ExecuteSql sql && !USING_INDEX.matcher(sql.sql()).find()) {
			Matcher added = ADD_CONSTRAINT.matcher(sql.sql());
			if (added.find() && added.group(1).equalsIgnoreCase("unique")) {
				table = tableIn(ALTERED_TABLE, SqlStatement.of(sql.sql()).text());
			}
		}
		if (table == null || context.isNew(table)) {
			return Optional.empty();
		}
		return Optional.of(new Hazard(context.bySize(table), "adding a unique constraint builds its index on " + table
				+ " (" + context.sizeOf(table) + ") while every insert, update and delete waits",
				"CREATE UNIQUE INDEX CONCURRENTLY in a non-transactional revision, then ADD CONSTRAINT ... UNIQUE USING"
						+ " INDEX, which takes the built index at once"));
	});

	/** A column's type changed in a way PostgreSQL cannot do in place: the table is rewritten. */
	static final LintRule TYPE_CHANGE_REWRITES = SharedRules.rule("type-change-rewrites", (operation, context) -> {
		if (!(operation instanceof Operation.AlterColumn alter) || alter.type() == null || context.isNew(alter.table())
				|| alter.type().equals(alter.existingType())) {
			return Optional.empty();
		}
		if (alter.existingType() != null && inPlace(alter.existingType(), alter.type())) {
			return Optional.empty();
		}
		String from = (alter.existingType() != null) ? "from " + SharedRules.typeName(alter.existingType()) + " " : "";
		return Optional.of(new Hazard((alter.existingType() != null) ? context.bySize(alter.table()) : Severity.WARNING,
				"changing " + alter.table() + "." + alter.column() + " " + from + "to " + SharedRules.typeName(alter.type())
						+ " rewrites the"
						+ " table (" + context.sizeOf(alter.table()) + ") under an ACCESS EXCLUSIVE lock"
						+ ((alter.existingType() == null) ? ", unless the change is binary-compatible (the revision"
								+ " does not say what the type was)" : ""),
				"add a column of the new type, fill it in batches, switch the application to it in one release and"
						+ " drop the old column in the next"));
	});

	/** Whether PostgreSQL changes the type without touching a row: a longer varchar, text, more digits. */
	static boolean inPlace(ColumnType from, ColumnType to) {
		if (from instanceof ColumnType.VarChar shorter && to instanceof ColumnType.VarChar longer) {
			return longer.length() >= shorter.length();
		}
		if (from instanceof ColumnType.VarChar && to instanceof ColumnType.Text) {
			return true;
		}
		if (from instanceof ColumnType.Decimal fewer && to instanceof ColumnType.Decimal more) {
			return more.scale() == fewer.scale() && more.precision() >= fewer.precision();
		}
		return false;
	}

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
