package dev.retort.platform.mariadb;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.dialect.MySQLDialect;

import dev.retort.RetortException;
import dev.retort.ddl.ColumnTypeNames;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.DialectSqlRenderer;
import dev.retort.ddl.Identifiers;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.operations.ColumnDef;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;

/**
 * MariaDB (and MySQL): backtick quoting, inline comments, a native {@code enum(...)} type,
 * per-kind constraint drops, index names per table, and {@code MODIFY COLUMN}, which restates
 * the whole column to change its type, nullability or comment. Online, what the change leaves
 * as it is comes from {@code information_schema}; offline, from the operation's
 * {@code existing...} facts, where a comment or an {@code AUTO_INCREMENT} not stated is none.
 * DDL commits implicitly.
 * <p>
 * UUIDs are the native {@code uuid} type from MariaDB 10.7 on, as Hibernate's dialect for that
 * version maps {@code java.util.UUID}, so that entities and migrations agree; before 10.7 (and on
 * MySQL) they are {@code binary(16)}, again as Hibernate maps them.
 */
public class MariaDbSqlRenderer extends DialectSqlRenderer {

	public MariaDbSqlRenderer(MySQLDialect dialect) {
		super(dialect, DatabaseFamily.MARIADB, new ColumnTypeNames(dialect, DatabaseFamily.MARIADB),
				new Identifiers(dialect, Identifiers.UnquotedCase.AS_WRITTEN));
	}

	@Override
	protected String columnDefinition(ColumnDef column) {
		String sql = super.columnDefinition(column);
		return (column.comment() != null) ? sql + " comment " + literals().string(column.comment()) : sql;
	}

	/** Comments are part of the column definition on MariaDB. */
	@Override
	protected List<RenderedStep> columnComment(ObjectName table, String column, String comment,
			RenderContext context) {
		return List.of();
	}

	@Override
	protected boolean nativeEnums() {
		return true;
	}

	/** Without a schema the new name would land in the current database, whatever the table's. */
	@Override
	protected List<RenderedStep> renameTable(Operation.RenameTable op, RenderContext context) {
		return steps("rename table " + table(op.table(), context) + " to "
				+ table(new ObjectName(op.table().schema(), op.newName()), context));
	}

	@Override
	protected List<RenderedStep> setTableComment(Operation.SetTableComment op, RenderContext context) {
		String comment = (op.comment() != null) ? op.comment() : "";
		return steps(alterTable(op.table(), context) + " comment = " + literals().string(comment));
	}

	@Override
	protected List<RenderedStep> alterColumn(Operation.AlterColumn op, RenderContext context) {
		List<RenderedStep> steps = new ArrayList<>();
		if (op.type() instanceof ColumnType.Bool && (op.existingType() instanceof ColumnType.VarChar
				|| op.existingType() instanceof ColumnType.Text)) {
			steps.add(sql(booleanWordsAsDigits(op, context)));
		}
		if (op.type() != null || op.nullable() != null || op.comment() != null || op.identity() != null) {
			steps.add(sql(alterTable(op.table(), context) + " modify column " + quote(op.column()) + " "
					+ restatedDefinition(op, context, true)));
		}
		else if (op.serverDefault() != null) {
			String alter = alterTable(op.table(), context) + " alter column " + quote(op.column());
			steps.add(sql(alter + ((op.serverDefault() instanceof ServerDefault.None) ? " drop default"
					: " set default " + serverDefault(op.serverDefault()))));
		}
		if (op.newName() != null) {
			steps.add(sql(renameColumn(op, context)));
		}
		return steps;
	}

	/**
	 * A string column becoming a boolean ({@code bit}): MariaDB converts the digits {@code 1} and
	 * {@code 0} and fails on words, so the words PostgreSQL reads as booleans ({@code true},
	 * {@code yes}, {@code on}, ...) are made digits first. Other values stay, and fail the
	 * change as before.
	 */
	private String booleanWordsAsDigits(Operation.AlterColumn op, RenderContext context) {
		String column = quote(op.column());
		return "update " + table(op.table(), context) + " set " + column + " = case lower(trim(" + column + "))"
				+ " when 'true' then '1' when 't' then '1' when 'yes' then '1' when 'y' then '1' when 'on' then '1'"
				+ " when 'false' then '0' when 'f' then '0' when 'no' then '0' when 'n' then '0' when 'off' then '0'"
				+ " else " + column + " end where " + column + " is not null";
	}

	/**
	 * The column's full definition after the change: the changed parts from the operation, the
	 * rest as the column is now; online, with the checks written with the column when
	 * {@code withChecks}.
	 */
	private String restatedDefinition(Operation.AlterColumn op, RenderContext context, boolean withChecks) {
		MariaDbColumnDefinition current = context.isOnline()
				? MariaDbColumnDefinition.read(context.connection(), op.table().inSchemaIfAbsent(context.defaultSchema()),
						op.column())
				: fromExistingFacts(op);
		String type = (op.type() != null) ? columnType(op.column(), op.type()) : current.type();
		boolean nullable = (op.nullable() != null) ? op.nullable() : current.nullable();
		String defaultSql = (op.serverDefault() == null) ? current.defaultSql()
				: (op.serverDefault() instanceof ServerDefault.None) ? null : serverDefault(op.serverDefault());
		String comment = (op.comment() != null) ? op.comment() : current.comment();
		StringBuilder sql = new StringBuilder(type).append(nullable ? " null" : " not null");
		if (defaultSql != null) {
			sql.append(" default ").append(defaultSql);
		}
		if (current.onUpdate() != null) {
			sql.append(' ').append(current.onUpdate());
		}
		// MariaDB continues a new AUTO_INCREMENT after the largest value the column holds
		if ((op.identity() != null) ? op.identity() : current.autoIncrement()) {
			sql.append(" auto_increment");
		}
		if (!comment.isEmpty()) {
			sql.append(" comment ").append(literals().string(comment));
		}
		if (withChecks && context.isOnline()) {
			for (String check : MariaDbColumnDefinition.columnChecks(context.connection(),
					op.table().inSchemaIfAbsent(context.defaultSchema()), op.column())) {
				// MariaDB's json is a longtext with this check: it goes when the type does
				boolean leavesJson = op.type() != null && !(op.type() instanceof ColumnType.Json);
				if (!(leavesJson && isJsonValidity(check, op.column()))) {
					sql.append(" check (").append(check).append(')');
				}
			}
		}
		return sql.toString();
	}

	private static boolean isJsonValidity(String check, String column) {
		return check.replace("`", "").strip().equalsIgnoreCase("json_valid(" + column + ")");
	}

	private MariaDbColumnDefinition fromExistingFacts(Operation.AlterColumn op) {
		List<String> missing = new ArrayList<>();
		if (op.type() == null && op.existingType() == null) {
			missing.add("existingType(...)");
		}
		if (op.nullable() == null && op.existingNullable() == null) {
			missing.add("existingNullable(true|false)");
		}
		if (op.serverDefault() == null && op.existingServerDefault() == null) {
			missing.add("existingServerDefault(...) (ServerDefault.none() if it has none)");
		}
		if (!missing.isEmpty()) {
			throw new RetortException("Altering column " + op.table() + "." + op.column()
					+ " on MariaDB restates the whole column (MODIFY COLUMN), and offline its current definition"
					+ " cannot be read from the database: add " + String.join(", ", missing)
					+ " to the alterColumn call, or run the migration online");
		}
		ServerDefault existingDefault = op.existingServerDefault();
		return new MariaDbColumnDefinition((op.existingType() != null) ? columnType(op.column(), op.existingType()) : null,
				(op.existingNullable() != null) ? op.existingNullable() : true,
				(existingDefault == null || existingDefault instanceof ServerDefault.None) ? null
						: serverDefault(existingDefault),
				(op.existingComment() != null) ? op.existingComment() : "", Boolean.TRUE.equals(op.existingIdentity()),
				null);
	}

	/**
	 * A check written with its column (as Hibernate writes an enum's) is part of the column's
	 * definition, named after the column, and goes only by restating the column without it;
	 * online that is what is done for such a check. Offline, where that cannot be known, the
	 * check is dropped as a table's.
	 */
	private List<RenderedStep> dropCheck(Operation.DropConstraint op, RenderContext context) {
		if (context.isOnline() && !MariaDbColumnDefinition.columnChecks(context.connection(),
				op.table().inSchemaIfAbsent(context.defaultSchema()), op.name()).isEmpty()) {
			return steps(alterTable(op.table(), context) + " modify column " + quote(op.name()) + " "
					+ restatedDefinition(Operation.AlterColumn.of(op.table(), op.name()), context, false));
		}
		return steps(alterTable(op.table(), context) + " drop constraint " + quote(op.name()));
	}

	@Override
	protected List<RenderedStep> dropIndex(Operation.DropIndex op, RenderContext context) {
		return steps("drop index " + quote(op.name()) + " on " + table(op.table(), context));
	}

	@Override
	protected List<RenderedStep> dropConstraint(Operation.DropConstraint op, RenderContext context) {
		String alter = alterTable(op.table(), context);
		return switch (op.kind()) {
			case PRIMARY_KEY -> steps(alter + " drop primary key");
			// MariaDB made an index of the key's name for it when none served; it goes with the key,
			// so that dropping a key it created leaves the table as it was before
			case FOREIGN_KEY -> steps(alter + " drop foreign key " + quote(op.name()) + ", drop index if exists "
					+ quote(op.name()));
			case UNIQUE -> steps(alter + " drop index " + quote(op.name()));
			case CHECK -> dropCheck(op, context);
		};
	}

}
