package dev.retort.autogenerate.code;

import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.ColumnDef;
import dev.retort.operations.Columns;
import dev.retort.operations.Constraint;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.Constraints;
import dev.retort.operations.Operation;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;
import dev.retort.operations.types.Types;

/**
 * One operation as the {@code Operations} call a person would write, without the trailing
 * semicolon: {@code op.addColumn("user", Columns.column("is_active", Types.bool()).notNull())}.
 */
final class OperationCode implements Operation.Visitor<CodeBlock> {

	private static final ClassName SERVER_DEFAULT = ClassName.get(ServerDefault.class);

	private final String op;

	OperationCode(String operationsParameter) {
		this.op = operationsParameter;
	}

	@Override
	public CodeBlock createTable(Operation.CreateTable operation) {
		CodeBlock.Builder code = CodeBlock.builder().add("$L.createTable($S", this.op, operation.table().name());
		// A statement's wrapped lines are indented as continuation lines already
		operation.columns().forEach((column) -> code.add(",\n$L", column(column)));
		operation.constraints().forEach((constraint) -> code.add(",\n$L", constraint(constraint)));
		return code.add(")").build();
	}

	@Override
	public CodeBlock dropTable(Operation.DropTable operation) {
		return CodeBlock.of("$L.dropTable($S)", this.op, operation.table().name());
	}

	@Override
	public CodeBlock renameTable(Operation.RenameTable operation) {
		return CodeBlock.of("$L.renameTable($S, $S)", this.op, operation.table().name(), operation.newName());
	}

	@Override
	public CodeBlock addColumn(Operation.AddColumn operation) {
		return CodeBlock.of("$L.addColumn($S, $L)", this.op, operation.table().name(), column(operation.column()));
	}

	@Override
	public CodeBlock dropColumn(Operation.DropColumn operation) {
		return CodeBlock.of("$L.dropColumn($S, $S)", this.op, operation.table().name(), operation.column());
	}

	@Override
	public CodeBlock alterColumn(Operation.AlterColumn operation) {
		if (operation.newName() != null && operation.type() == null && operation.nullable() == null
				&& operation.serverDefault() == null && operation.comment() == null && operation.identity() == null) {
			return CodeBlock.of("$L.renameColumn($S, $S, $S)", this.op, operation.table().name(), operation.column(),
					operation.newName());
		}
		CodeBlock.Builder change = CodeBlock.builder().add("c");
		if (operation.newName() != null) {
			change.add(".rename($S)", operation.newName());
		}
		if (operation.type() != null) {
			change.add(".type($L)", type(operation.type()));
		}
		if (operation.nullable() != null) {
			change.add(".nullable($L)", operation.nullable());
		}
		if (operation.serverDefault() != null) {
			change.add((operation.serverDefault() instanceof ServerDefault.None) ? CodeBlock.of(".dropServerDefault()")
					: CodeBlock.of(".serverDefault($L)", serverDefault(operation.serverDefault())));
		}
		if (operation.comment() != null) {
			change.add(".comment($S)", operation.comment());
		}
		if (operation.identity() != null) {
			change.add(".identity($L)", operation.identity());
		}
		// What the column is now, a fact a line: MariaDB restates the whole column, and offline it cannot ask
		if (operation.existingType() != null) {
			change.add("\n.existingType($L)", type(operation.existingType()));
		}
		if (operation.existingNullable() != null) {
			change.add("\n.existingNullable($L)", operation.existingNullable());
		}
		if (operation.existingServerDefault() != null) {
			change.add("\n.existingServerDefault($L)", serverDefault(operation.existingServerDefault()));
		}
		if (operation.existingComment() != null) {
			change.add("\n.existingComment($S)", operation.existingComment());
		}
		if (operation.existingIdentity() != null) {
			change.add("\n.existingIdentity($L)", operation.existingIdentity());
		}
		return CodeBlock.of("$L.alterColumn($S, $S, (c) -> $L)", this.op, operation.table().name(), operation.column(),
				change.build());
	}

	@Override
	public CodeBlock createIndex(Operation.CreateIndex operation) {
		return CodeBlock.of("$L.$L($S, $S, $L)", this.op, operation.isUnique() ? "createUniqueIndex" : "createIndex",
				operation.name(), operation.table().name(), strings(operation.columns()));
	}

	@Override
	public CodeBlock dropIndex(Operation.DropIndex operation) {
		return CodeBlock.of("$L.dropIndex($S, $S)", this.op, operation.name(), operation.table().name());
	}

	@Override
	public CodeBlock addConstraint(Operation.AddConstraint operation) {
		return CodeBlock.of("$L.addConstraint($S, $L)", this.op, operation.table().name(),
				constraint(operation.constraint()));
	}

	@Override
	public CodeBlock dropConstraint(Operation.DropConstraint operation) {
		return CodeBlock.of("$L.dropConstraint($S, $S, $T.$L)", this.op, operation.table().name(), operation.name(),
				ConstraintKind.class, operation.kind().name());
	}

	@Override
	public CodeBlock createSequence(Operation.CreateSequence operation) {
		return CodeBlock.of("$L.createSequence($S, $L, $L)", this.op, operation.sequence().name(), operation.start(),
				operation.increment());
	}

	@Override
	public CodeBlock dropSequence(Operation.DropSequence operation) {
		return CodeBlock.of("$L.dropSequence($S)", this.op, operation.sequence().name());
	}

	@Override
	public CodeBlock setTableComment(Operation.SetTableComment operation) {
		return (operation.comment() != null)
				? CodeBlock.of("$L.setTableComment($S, $S)", this.op, operation.table().name(), operation.comment())
				: CodeBlock.of("$L.dropTableComment($S)", this.op, operation.table().name());
	}

	@Override
	public CodeBlock bulkInsert(Operation.BulkInsert operation) {
		throw new IllegalArgumentException("Autogenerate writes no data: " + operation);
	}

	@Override
	public CodeBlock executeSql(Operation.ExecuteSql operation) {
		return CodeBlock.of("$L.sql($S)", this.op, operation.sql());
	}

	@Override
	public CodeBlock runJdbc(Operation.RunJdbc operation) {
		throw new IllegalArgumentException("Autogenerate writes no Java callbacks: " + operation);
	}

	private static CodeBlock column(ColumnDef column) {
		CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $L)", Columns.class, column.name(),
				type(column.type()));
		if (column.isIdentity()) {
			code.add(".identity()");
		}
		if (column.isPrimaryKey()) {
			code.add(".primaryKey()");
		}
		else if (!column.nullable() && !column.isIdentity()) {
			code.add(".notNull()");
		}
		ServerDefault serverDefault = column.serverDefault();
		if (serverDefault instanceof ServerDefault.Text text) {
			code.add(".serverDefaultText($S)", text.value());
		}
		else if (serverDefault instanceof ServerDefault.Bool bool) {
			code.add(".serverDefault($L)", bool.value());
		}
		else if (serverDefault instanceof ServerDefault.Expression expression) {
			code.add(".serverDefault($S)", expression.sql());
		}
		else if (serverDefault != null) {
			code.add(".serverDefault($L)", serverDefault(serverDefault));
		}
		if (column.comment() != null) {
			code.add(".comment($S)", column.comment());
		}
		return code.build();
	}

	private static CodeBlock constraint(Constraint constraint) {
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			return CodeBlock.of("$T.primaryKey($S, $L)", Constraints.class, primaryKey.name(), strings(primaryKey.columns()));
		}
		if (constraint instanceof Constraint.Unique unique) {
			return CodeBlock.of("$T.unique($S, $L)", Constraints.class, unique.name(), strings(unique.columns()));
		}
		if (constraint instanceof Constraint.Check check) {
			return CodeBlock.of("$T.check($S, $S)", Constraints.class, check.name(), check.condition());
		}
		Constraint.ForeignKey foreignKey = (Constraint.ForeignKey) constraint;
		CodeBlock.Builder code = CodeBlock.builder().add("$T.foreignKey($S, $L).references($S, $L)", Constraints.class,
				foreignKey.name(), strings(foreignKey.columns()), foreignKey.referencedTable().name(),
				strings(foreignKey.referencedColumns()));
		if (foreignKey.onDelete() != null) {
			code.add(".onDelete($T.$L)", ReferentialAction.class, foreignKey.onDelete().name());
		}
		if (foreignKey.onUpdate() != null) {
			code.add(".onUpdate($T.$L)", ReferentialAction.class, foreignKey.onUpdate().name());
		}
		return code.build();
	}

	/** A portable type as its factory call; a database-specific one as {@code raw(...)}. */
	static CodeBlock type(ColumnType type) {
		if (type instanceof ColumnType.VarChar varChar) {
			return CodeBlock.of("$T.string($L)", Types.class, varChar.length());
		}
		if (type instanceof ColumnType.Decimal decimal) {
			return CodeBlock.of("$T.decimal($L, $L)", Types.class, decimal.precision(), decimal.scale());
		}
		if (type instanceof ColumnType.Time time) {
			return (time.precision() == 0) ? CodeBlock.of("$T.time()", Types.class)
					: CodeBlock.of("$T.time($L)", Types.class, time.precision());
		}
		if (type instanceof ColumnType.Timestamp timestamp) {
			String factory = timestamp.withTimeZone() ? "timestampWithTimeZone" : "timestamp";
			return (timestamp.precision() == Types.DEFAULT_TIMESTAMP_PRECISION)
					? CodeBlock.of("$T.$L()", Types.class, factory)
					: CodeBlock.of("$T.$L($L)", Types.class, factory, timestamp.precision());
		}
		if (type instanceof ColumnType.Binary binary) {
			return CodeBlock.of("$T.binary($L)", Types.class, binary.length());
		}
		if (type instanceof ColumnType.VarBinary varBinary) {
			return CodeBlock.of("$T.varbinary($L)", Types.class, varBinary.length());
		}
		if (type instanceof ColumnType.Enumerated enumerated) {
			return CodeBlock.of("$T.enumOf($L)", Types.class, strings(enumerated.values()));
		}
		if (type instanceof ColumnType.Raw raw) {
			CodeBlock.Builder code = CodeBlock.builder().add("$T.raw($S)", Types.class, raw.sql());
			for (Map.Entry<DatabaseFamily, String> variant : raw.perFamily().entrySet()) {
				code.add(".on($T.$L, $S)", DatabaseFamily.class, variant.getKey().name(), variant.getValue());
			}
			return code.build();
		}
		String factory = switch (type.getClass().getSimpleName()) {
			case "Text" -> "text";
			case "Bool" -> "bool";
			case "SmallInt" -> "smallint";
			case "Int" -> "integer";
			case "BigInt" -> "bigint";
			case "Real" -> "real";
			case "DoublePrecision" -> "doublePrecision";
			case "Date" -> "date";
			case "Uuid" -> "uuid";
			case "Blob" -> "blob";
			case "Json" -> "json";
			default -> throw new IllegalArgumentException("No factory for " + type);
		};
		return CodeBlock.of("$T.$L()", Types.class, factory);
	}

	private static CodeBlock serverDefault(ServerDefault value) {
		if (value instanceof ServerDefault.Text text) {
			return CodeBlock.of("$T.text($S)", SERVER_DEFAULT, text.value());
		}
		if (value instanceof ServerDefault.Bool bool) {
			return CodeBlock.of("$T.bool($L)", SERVER_DEFAULT, bool.value());
		}
		if (value instanceof ServerDefault.Numeric numeric) {
			return CodeBlock.of("$T.number(new $T($S))", SERVER_DEFAULT, java.math.BigDecimal.class,
					numeric.value().toPlainString());
		}
		if (value instanceof ServerDefault.Expression expression) {
			return CodeBlock.of("$T.expression($S)", SERVER_DEFAULT, expression.sql());
		}
		return CodeBlock.of("$T.none()", SERVER_DEFAULT);
	}

	private static CodeBlock strings(List<String> values) {
		return CodeBlock.join(values.stream().map((value) -> CodeBlock.of("$S", value)).toList(), ", ");
	}

}
