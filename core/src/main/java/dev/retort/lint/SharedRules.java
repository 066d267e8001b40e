package dev.retort.lint;

import java.util.List;
import java.util.Optional;

import dev.retort.operations.Operation;

/**
 * The rules that hold on every database.
 */
public final class SharedRules {

	private SharedRules() {
	}

	public static List<LintRule> all() {
		return List.of(NOT_NULL_COLUMN_WITHOUT_DEFAULT, DATA_CHANGE_WITHOUT_WHERE, TRUNCATE, DROP_STILL_MAPPED,
				PRIMARY_KEY_CHANGE, UNRECOGNISED_SQL);
	}

	/** A NOT NULL column without a default, added to a table that has rows. */
	public static final LintRule NOT_NULL_COLUMN_WITHOUT_DEFAULT = rule("not-null-column-without-default",
			(operation, context) -> {
				if (operation instanceof Operation.AddColumn add && !add.column().nullable()
						&& add.column().serverDefault() == null && context.mayHaveRows(add.table())) {
					// Any row at all makes it fail: the table's size decides nothing but whether it is known
					return Optional.of(new Hazard(context.rows(add.table()).isPresent() ? Severity.ERROR
							: Severity.WARNING,
							"adds NOT NULL column " + add.column().name() + " without a default to " + add.table() + " ("
									+ context.sizeOf(add.table()) + "): it fails on a table with rows (PostgreSQL, H2)"
									+ " or fills them with the type's zero value (MariaDB)",
							"add it with a server default, or nullable, fill it, then make it NOT NULL"));
				}
				return Optional.empty();
			});

	/** {@code UPDATE} or {@code DELETE} of every row. */
	public static final LintRule DATA_CHANGE_WITHOUT_WHERE = rule("data-change-without-where", (operation, context) -> {
		if (operation instanceof Operation.ExecuteSql sql) {
			SqlStatement statement = SqlStatement.of(sql.sql());
			if ((statement.kind().equals("update") || statement.kind().equals("delete")) && !statement.hasWhere()) {
				return Optional.of(new Hazard(Severity.WARNING, statement.kind().toUpperCase(java.util.Locale.ROOT)
						+ " without WHERE changes every row in one transaction, locking each until it commits",
						"give it a WHERE, or change the rows in batches of a few thousand"));
			}
		}
		return Optional.empty();
	});

	/** {@code TRUNCATE}: every row gone, and on most databases outside any rollback. */
	public static final LintRule TRUNCATE = rule("truncate", (operation, context) -> {
		if (operation instanceof Operation.ExecuteSql sql && SqlStatement.of(sql.sql()).kind().equals("truncate")) {
			return Optional.of(new Hazard(Severity.ERROR,
					"TRUNCATE loses every row of the table, and on MariaDB and H2 commits at once",
					"delete what must go with a WHERE, or keep a copy first and say so in the revision"));
		}
		return Optional.empty();
	});

	/** A table or column dropped while the release before this one may still map it. */
	public static final LintRule DROP_STILL_MAPPED = rule("drop-still-mapped", (operation, context) -> {
		if (operation instanceof Operation.DropTable drop && !context.isNew(drop.table())) {
			return Optional.of(new Hazard(Severity.WARNING, "drops table " + drop.table() + ", which instances of the"
					+ " previous release still running in a rolling deploy may read and write",
					"stop using it in one release and drop it in the next (expand, then contract)"));
		}
		if (operation instanceof Operation.DropColumn drop && !context.isNew(drop.table())) {
			return Optional.of(new Hazard(Severity.WARNING, "drops column " + drop.table() + "." + drop.column()
					+ ", which instances of the previous release still running in a rolling deploy may select and insert",
					"stop mapping it in one release (@Transient, or remove the field) and drop it in the next"));
		}
		return Optional.empty();
	});

	/** A primary key added to, or dropped from, a table that exists. */
	public static final LintRule PRIMARY_KEY_CHANGE = rule("primary-key-change", (operation, context) -> {
		if (operation instanceof Operation.AddConstraint add
				&& add.constraint() instanceof dev.retort.operations.Constraint.PrimaryKey && !context.isNew(add.table())) {
			return Optional.of(new Hazard(context.bySize(add.table()), "adding a primary key to " + add.table() + " ("
					+ context.sizeOf(add.table()) + ") builds its unique index (PostgreSQL) or rebuilds the table"
					+ " (MariaDB) while writes wait, and fails on a duplicate or a null",
					"PostgreSQL: CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX; MariaDB: at a"
							+ " quiet hour, after checking for duplicates"));
		}
		if (operation instanceof Operation.DropConstraint drop
				&& drop.kind() == dev.retort.operations.ConstraintKind.PRIMARY_KEY && !context.isNew(drop.table())) {
			return Optional.of(new Hazard(Severity.WARNING, "drops the primary key of " + drop.table()
					+ ": what the previous release looks rows up by, and on MariaDB a rebuild of the table",
					"change a primary key in its own revision, with the new one added in the same transaction"));
		}
		return Optional.empty();
	});

	/** A raw statement whose kind lint does not know: reported, so that nobody assumes it was checked. */
	public static final LintRule UNRECOGNISED_SQL = rule("unrecognised-sql", (operation, context) -> {
		if (operation instanceof Operation.ExecuteSql sql && !SqlStatement.of(sql.sql()).isKnown()) {
			return Optional.of(new Hazard(Severity.INFO, "lint does not recognise this statement and cannot say what"
					+ " it locks", "review it by hand, or write it as an operation"));
		}
		return Optional.empty();
	});

	/** A column type as a message names it: {@code varchar(50)}, {@code decimal(10, 2)}, {@code bigint}. */
	public static String typeName(dev.retort.operations.types.ColumnType type) {
		if (type instanceof dev.retort.operations.types.ColumnType.VarChar varchar) {
			return "varchar(" + varchar.length() + ")";
		}
		if (type instanceof dev.retort.operations.types.ColumnType.Decimal decimal) {
			return "decimal(" + decimal.precision() + ", " + decimal.scale() + ")";
		}
		return type.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

	/** A rule from its id and its check. */
	public static LintRule rule(String id, Check check) {
		return new LintRule() {

			@Override
			public String id() {
				return id;
			}

			@Override
			public Optional<Hazard> check(Operation operation, LintContext context) {
				return check.check(operation, context);
			}

		};
	}

	/** A rule's check. */
	@FunctionalInterface
	public interface Check {

		Optional<Hazard> check(Operation operation, LintContext context);

	}

}
