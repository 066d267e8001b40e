package dev.retort.ddl;

import java.util.List;

import org.hibernate.dialect.H2Dialect;

import dev.retort.operations.Operation;
import dev.retort.operations.types.ColumnType;

/**
 * H2 (2.x): a native {@code enum(...)} type as Hibernate's H2 dialect maps
 * {@code @Enumerated(STRING)}, {@code ALTER COLUMN ... RENAME TO}, and {@code DROP PRIMARY KEY}.
 * H2 commits DDL implicitly.
 */
public class H2SqlRenderer extends DialectSqlRenderer {

	public H2SqlRenderer(H2Dialect dialect) {
		super(dialect, DatabaseFamily.H2, new ColumnTypeNames(dialect, DatabaseFamily.H2));
	}

	@Override
	protected String columnType(String column, ColumnType type) {
		if (type instanceof ColumnType.Enumerated enumerated) {
			return nativeEnum(enumerated);
		}
		return super.columnType(column, type);
	}

	@Override
	protected String enumCheck(String column, ColumnType type) {
		return null;
	}

	@Override
	protected String renameColumn(Operation.AlterColumn op, RenderContext context) {
		return alterTable(op.table(), context) + " alter column " + quote(op.column()) + " rename to "
				+ quote(op.newName());
	}

	@Override
	protected List<RenderedStep> dropConstraint(Operation.DropConstraint op, RenderContext context) {
		if (op.name() == null) {
			return steps(alterTable(op.table(), context) + " drop primary key");
		}
		return super.dropConstraint(op, context);
	}

}
