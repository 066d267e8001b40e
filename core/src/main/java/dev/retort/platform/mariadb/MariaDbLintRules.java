package dev.retort.platform.mariadb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.retort.lint.Hazard;
import dev.retort.lint.LintRule;
import dev.retort.lint.Severity;
import dev.retort.lint.SharedRules;
import dev.retort.operations.Operation;
import dev.retort.operations.types.ColumnType;

/**
 * MariaDB's own hazards: {@code ALTER TABLE}s that InnoDB cannot do in place, so that it copies
 * the table row by row while writes wait.
 */
final class MariaDbLintRules {

	private static final Pattern CHARSET_CHANGE = Pattern
		.compile("(?i)^alter\\s+table\\b.*\\b(convert\\s+to\\s+character\\s+set|character\\s+set|collate)\\b", Pattern.DOTALL);

	private MariaDbLintRules() {
	}

	static List<LintRule> all() {
		return List.of(ALTER_COPIES_TABLE, CHARSET_CHANGE_COPIES_TABLE);
	}

	/** A column's type changed in a way InnoDB cannot do in place: ALGORITHM=COPY. */
	static final LintRule ALTER_COPIES_TABLE = SharedRules.rule("alter-copies-table", (operation, context) -> {
		if (!(operation instanceof Operation.AlterColumn alter) || alter.type() == null || context.isNew(alter.table())
				|| alter.type().equals(alter.existingType())) {
			return Optional.empty();
		}
		if (alter.existingType() != null && inPlace(alter.existingType(), alter.type())) {
			return Optional.empty();
		}
		return Optional.of(new Hazard((alter.existingType() != null) ? context.bySize(alter.table()) : Severity.WARNING,
				"changing the type of " + alter.table() + "." + alter.column() + " to "
						+ SharedRules.typeName(alter.type()) + " makes InnoDB copy the table ("
						+ context.sizeOf(alter.table()) + ", ALGORITHM=COPY): writes wait for the copy",
				"add a column of the new type, fill it in batches, switch to it in one release and drop the old one"
						+ " in the next"));
	});

	/** A table's or column's character set or collation changed: every row rewritten. */
	static final LintRule CHARSET_CHANGE_COPIES_TABLE = SharedRules.rule("charset-change-copies-table",
			(operation, context) -> {
				if (operation instanceof Operation.ExecuteSql sql && CHARSET_CHANGE.matcher(sql.sql().strip()).find()) {
					return Optional.of(new Hazard(Severity.WARNING, "a character set or collation change rewrites"
							+ " every row of the table (ALGORITHM=COPY) while writes wait, and changes how its"
							+ " values compare", "change it at a quiet hour, on a copy swapped in with RENAME TABLE,"
									+ " or with an online schema change tool"));
				}
				return Optional.empty();
			});

	/**
	 * Whether InnoDB changes the type in place, as MariaDB 10.11 answers {@code ALGORITHM=INPLACE}
	 * ({@code MariaDbCopyHazardsTest}): a longer varchar only. A shorter one, varchar to text and
	 * a wider integer are copies.
	 */
	static boolean inPlace(ColumnType from, ColumnType to) {
		return from instanceof ColumnType.VarChar shorter && to instanceof ColumnType.VarChar longer
				&& longer.length() >= shorter.length();
	}

}
