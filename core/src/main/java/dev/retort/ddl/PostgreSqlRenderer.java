package dev.retort.ddl;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.dialect.PostgreSQLDialect;

import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.types.ColumnType;

/**
 * PostgreSQL: transactional DDL, {@code COMMENT ON}, {@code CREATE INDEX CONCURRENTLY}, and
 * {@code ALTER COLUMN ... TYPE ... USING}.
 */
public class PostgreSqlRenderer extends DialectSqlRenderer {

	public PostgreSqlRenderer(PostgreSQLDialect dialect) {
		super(dialect, DatabaseFamily.POSTGRESQL, new PostgreSqlTypeNames(dialect));
	}

	@Override
	protected String alterColumnType(Operation.AlterColumn op, RenderContext context) {
		String sql = alterTable(op.table(), context) + " alter column " + quote(op.column()) + " type "
				+ columnType(op.column(), op.type());
		return (op.using() != null) ? sql + " using " + op.using() : sql;
	}

	/**
	 * An enum is a {@code varchar} with a check constraint, which PostgreSQL names
	 * {@code <table>_<column>_check} when the column is created: a type change drops the old
	 * enum's check (known from {@code existingType}) and adds the new one's under that name.
	 */
	@Override
	protected List<RenderedStep> alterColumn(Operation.AlterColumn op, RenderContext context) {
		List<RenderedStep> steps = new ArrayList<>(super.alterColumn(op, context));
		if (op.type() == null) {
			return steps;
		}
		String checkName = quote(op.table().name() + "_" + op.column() + "_check");
		String check = enumCheck(op.column(), op.type());
		if (check != null) {
			steps.add(1, sql(alterTable(op.table(), context) + " add constraint " + checkName + " check (" + check
					+ ")"));
		}
		if (op.existingType() instanceof ColumnType.Enumerated) {
			steps.add(0, sql(alterTable(op.table(), context) + " drop constraint if exists " + checkName));
		}
		return steps;
	}

	@Override
	protected List<RenderedStep> createIndex(Operation.CreateIndex op, RenderContext context) {
		String sql = "create " + (op.isUnique() ? "unique " : "") + "index " + (op.isConcurrent() ? "concurrently " : "")
				+ quote(op.name()) + " on " + table(op.table(), context) + " (" + identifiers().list(op.columns())
				+ ")";
		return List.of(new RenderedStep.Sql(sql, op.isConcurrent()));
	}

	@Override
	protected List<RenderedStep> dropIndex(Operation.DropIndex op, RenderContext context) {
		ObjectName index = new ObjectName(op.table().schema(), op.name());
		String sql = "drop index " + (op.isConcurrent() ? "concurrently " : "") + table(index, context);
		return List.of(new RenderedStep.Sql(sql, op.isConcurrent()));
	}

	/** An unnamed primary key has PostgreSQL's default name, {@code <table>_pkey}. */
	@Override
	protected List<RenderedStep> dropConstraint(Operation.DropConstraint op, RenderContext context) {
		String name = (op.name() != null) ? op.name() : op.table().name() + "_pkey";
		return steps(alterTable(op.table(), context) + " drop constraint " + quote(name));
	}

	/**
	 * Hibernate maps {@code @Lob byte[]} to PostgreSQL's large objects ({@code oid}), which live
	 * outside the table and leak unless managed; a migration's blob is {@code bytea}.
	 */
	static final class PostgreSqlTypeNames extends ColumnTypeNames {

		PostgreSqlTypeNames(PostgreSQLDialect dialect) {
			super(dialect, DatabaseFamily.POSTGRESQL);
		}

		@Override
		public String name(ColumnType type) {
			if (type instanceof ColumnType.Blob) {
				return "bytea";
			}
			return super.name(type);
		}

	}

}
