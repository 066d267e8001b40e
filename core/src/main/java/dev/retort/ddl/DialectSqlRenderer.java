package dev.retort.ddl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.dialect.Dialect;

import dev.retort.RetortException;
import dev.retort.operations.ColumnDef;
import dev.retort.operations.Constraint;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;

/**
 * Renders operations as standard SQL with the Hibernate dialect's fragments and types: the
 * renderer for databases Retort has no dedicated renderer for, and the base the dedicated ones
 * refine by overriding the method of each operation that their database writes differently.
 * <p>
 * The quoting policy is {@link SqlRenderer}'s; see {@link Identifiers}.
 */
public class DialectSqlRenderer implements SqlRenderer {

	private final Dialect dialect;

	private final DatabaseFamily family;

	private final Identifiers identifiers;

	private final ColumnTypeNames typeNames;

	private final SqlLiterals literals;

	public DialectSqlRenderer(Dialect dialect) {
		// An unknown database is taken to fold unquoted names: lower-case names are written
		// unquoted, as Hibernate writes them
		this(dialect, DatabaseFamily.OTHER, new ColumnTypeNames(dialect, DatabaseFamily.OTHER),
				new Identifiers(dialect, Identifiers.UnquotedCase.LOWER));
	}

	protected DialectSqlRenderer(Dialect dialect, DatabaseFamily family, ColumnTypeNames typeNames,
			Identifiers identifiers) {
		this.dialect = dialect;
		this.family = family;
		this.identifiers = identifiers;
		this.typeNames = typeNames;
		this.literals = new SqlLiterals(dialect);
	}

	@Override
	public DatabaseFamily family() {
		return this.family;
	}

	public Dialect dialect() {
		return this.dialect;
	}

	@Override
	public List<RenderedStep> render(Operation operation, RenderContext context) {
		return operation.accept(new Steps(context));
	}

	@Override
	public String literal(Object value) {
		return this.literals.value(value);
	}

	// Tables

	protected List<RenderedStep> createTable(Operation.CreateTable op, RenderContext context) {
		List<String> parts = new ArrayList<>();
		for (ColumnDef column : op.columns()) {
			parts.add(columnDefinition(column));
		}
		List<String> keyColumns = op.primaryKeyColumns();
		if (!keyColumns.isEmpty()) {
			parts.add("primary key (" + this.identifiers.list(keyColumns) + ")");
		}
		for (Constraint constraint : op.constraints()) {
			parts.add(constraintDefinition(constraint, op.table(), context));
		}
		List<RenderedStep> steps = new ArrayList<>();
		steps.add(sql("create table " + table(op.table(), context) + " (" + String.join(", ", parts) + ")"
				+ this.dialect.getTableTypeString()));
		for (ColumnDef column : op.columns()) {
			if (column.comment() != null) {
				steps.addAll(columnComment(op.table(), column.name(), column.comment(), context));
			}
		}
		return steps;
	}

	protected List<RenderedStep> dropTable(Operation.DropTable op, RenderContext context) {
		return steps("drop table " + table(op.table(), context));
	}

	protected List<RenderedStep> renameTable(Operation.RenameTable op, RenderContext context) {
		return steps(alterTable(op.table(), context) + " rename to " + quote(op.newName()));
	}

	protected List<RenderedStep> setTableComment(Operation.SetTableComment op, RenderContext context) {
		requireCommentOn("table " + op.table());
		return steps("comment on table " + table(op.table(), context) + " is " + commentLiteral(op.comment()));
	}

	// Columns

	protected List<RenderedStep> addColumn(Operation.AddColumn op, RenderContext context) {
		List<RenderedStep> steps = new ArrayList<>();
		steps.add(sql(alterTable(op.table(), context) + " " + this.dialect.getAddColumnString() + " "
				+ columnDefinition(op.column())));
		if (op.column().comment() != null) {
			steps.addAll(columnComment(op.table(), op.column().name(), op.column().comment(), context));
		}
		return steps;
	}

	protected List<RenderedStep> dropColumn(Operation.DropColumn op, RenderContext context) {
		return steps(alterTable(op.table(), context) + " drop column " + quote(op.column()));
	}

	/**
	 * One statement per change, in a fixed order, the rename last so that the others still find
	 * the column by its old name. Identity goes first and comes last: a column loses it before it
	 * gets a default, and gains it once it is NOT NULL and its default is gone.
	 */
	protected List<RenderedStep> alterColumn(Operation.AlterColumn op, RenderContext context) {
		String alter = alterTable(op.table(), context) + " alter column " + quote(op.column());
		List<RenderedStep> steps = new ArrayList<>();
		if (Boolean.FALSE.equals(op.identity())) {
			steps.addAll(dropIdentity(op, context));
		}
		if (op.type() != null) {
			steps.add(sql(alterColumnType(op, context)));
		}
		if (op.nullable() != null) {
			steps.add(sql(alter + (op.nullable() ? " drop not null" : " set not null")));
		}
		if (op.serverDefault() != null) {
			steps.add(sql(alter + ((op.serverDefault() instanceof ServerDefault.None) ? " drop default"
					: " set default " + serverDefault(op.serverDefault()))));
		}
		if (Boolean.TRUE.equals(op.identity())) {
			steps.addAll(addIdentity(op, context));
		}
		if (op.comment() != null) {
			steps.addAll(columnComment(op.table(), op.column(), op.comment(), context));
		}
		if (op.newName() != null) {
			steps.add(sql(renameColumn(op, context)));
		}
		return steps;
	}

	/**
	 * Makes the database generate an existing column's values, continuing after the largest
	 * value the column holds. Hibernate's dialects know no statement for it, so only the
	 * databases Retort renders itself support it.
	 */
	protected List<RenderedStep> addIdentity(Operation.AlterColumn op, RenderContext context) {
		throw unsupportedIdentityChange(op);
	}

	/** Stops the database generating a column's values; the values already there stay. */
	protected List<RenderedStep> dropIdentity(Operation.AlterColumn op, RenderContext context) {
		throw unsupportedIdentityChange(op);
	}

	private RetortException unsupportedIdentityChange(Operation.AlterColumn op) {
		return new RetortException("Retort knows no statement to change whether " + this.dialect.getClass().getSimpleName()
				+ "'s database generates the values of " + op.table() + "." + op.column()
				+ "; use op.sql(...) with the database's own statement");
	}

	protected String alterColumnType(Operation.AlterColumn op, RenderContext context) {
		String fragment = this.dialect.getAlterColumnTypeString(quote(op.column()), columnType(op.column(), op.type()),
				null);
		if (fragment == null || !this.dialect.supportsAlterColumnType()) {
			throw new RetortException("Hibernate's " + this.dialect.getClass().getSimpleName()
					+ " knows no statement to change a column's type, so " + op.table() + "." + op.column()
					+ " cannot be altered by Retort here; use op.sql(...) with the database's own statement");
		}
		return alterTable(op.table(), context) + " " + fragment;
	}

	protected String renameColumn(Operation.AlterColumn op, RenderContext context) {
		return alterTable(op.table(), context) + " rename column " + quote(op.column()) + " to "
				+ quote(op.newName());
	}

	/** Sets a column's comment, or drops it when the comment is empty. */
	protected List<RenderedStep> columnComment(ObjectName table, String column, String comment,
			RenderContext context) {
		requireCommentOn("column " + table + "." + column);
		return steps("comment on column " + table(table, context) + "." + quote(column) + " is "
				+ commentLiteral(comment.isEmpty() ? null : comment));
	}

	private void requireCommentOn(String what) {
		if (!this.dialect.supportsCommentOn()) {
			throw new RetortException("Hibernate's " + this.dialect.getClass().getSimpleName()
					+ " has no COMMENT ON statement, so the comment of " + what
					+ " cannot be set here; remove it or use op.sql(...)");
		}
	}

	// Indexes

	protected List<RenderedStep> createIndex(Operation.CreateIndex op, RenderContext context) {
		return steps(this.dialect.getCreateIndexString(op.isUnique()) + " " + quote(op.name()) + " on "
				+ table(op.table(), context) + " (" + this.identifiers.list(op.columns()) + ")");
	}

	/** Drops an index, which lives in the schema of its table. */
	protected List<RenderedStep> dropIndex(Operation.DropIndex op, RenderContext context) {
		ObjectName index = new ObjectName(op.table().schema(), op.name());
		return steps("drop index " + table(index, context));
	}

	// Constraints

	protected List<RenderedStep> addConstraint(Operation.AddConstraint op, RenderContext context) {
		return steps(alterTable(op.table(), context) + " add " + constraintDefinition(op.constraint(), op.table(),
				context));
	}

	protected List<RenderedStep> dropConstraint(Operation.DropConstraint op, RenderContext context) {
		if (op.name() == null) {
			throw new RetortException("Dropping the primary key of " + op.table()
					+ " needs the constraint's name on this database; pass it to dropConstraint");
		}
		return steps(alterTable(op.table(), context) + " drop constraint " + quote(op.name()));
	}

	/** A constraint as written in {@code create table} and after {@code alter table ... add}. */
	protected String constraintDefinition(Constraint constraint, ObjectName table, RenderContext context) {
		String named = (constraint.name() != null) ? "constraint " + quote(constraint.name()) + " " : "";
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			return named + "primary key (" + this.identifiers.list(primaryKey.columns()) + ")";
		}
		if (constraint instanceof Constraint.Unique unique) {
			return named + "unique (" + this.identifiers.list(unique.columns()) + ")";
		}
		if (constraint instanceof Constraint.Check check) {
			return named + "check (" + check.condition() + ")";
		}
		Constraint.ForeignKey foreignKey = (Constraint.ForeignKey) constraint;
		// A referenced table without schema lives beside the constrained table
		ObjectName referenced = foreignKey.referencedTable().inSchemaIfAbsent(table.schema());
		StringBuilder sql = new StringBuilder(named).append("foreign key (")
			.append(this.identifiers.list(foreignKey.columns()))
			.append(") references ")
			.append(table(referenced, context))
			.append(" (")
			.append(this.identifiers.list(foreignKey.referencedColumns()))
			.append(")");
		if (foreignKey.onDelete() != null) {
			sql.append(" on delete ").append(foreignKey.onDelete().sql());
		}
		if (foreignKey.onUpdate() != null) {
			sql.append(" on update ").append(foreignKey.onUpdate().sql());
		}
		return sql.toString();
	}

	// Sequences

	protected List<RenderedStep> createSequence(Operation.CreateSequence op, RenderContext context) {
		return steps("create sequence " + table(op.sequence(), context) + " start with " + op.start()
				+ " increment by " + op.increment());
	}

	protected List<RenderedStep> dropSequence(Operation.DropSequence op, RenderContext context) {
		return steps("drop sequence " + table(op.sequence(), context));
	}

	// Data

	/**
	 * One parameterised insert per run of consecutive rows naming the same columns, so that a
	 * column a row leaves out keeps its default rather than receiving {@code null}.
	 */
	protected List<RenderedStep> bulkInsert(Operation.BulkInsert op, RenderContext context) {
		List<RenderedStep> steps = new ArrayList<>();
		Set<String> columns = null;
		List<List<Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : op.rows()) {
			if (columns != null && !columns.equals(row.keySet())) {
				steps.add(insertBatch(op.table(), columns, rows, context));
				rows = new ArrayList<>();
			}
			columns = new LinkedHashSet<>(row.keySet());
			List<Object> values = new ArrayList<>(columns.size());
			for (String column : columns) {
				values.add(row.get(column));
			}
			rows.add(values);
		}
		if (columns != null) {
			steps.add(insertBatch(op.table(), columns, rows, context));
		}
		return steps;
	}

	private RenderedStep insertBatch(ObjectName table, Set<String> columns, List<List<Object>> rows,
			RenderContext context) {
		String parameters = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
		return new RenderedStep.Batch("insert into " + table(table, context) + " (" + this.identifiers.list(columns)
				+ ") values (" + parameters + ")", rows);
	}

	protected List<RenderedStep> executeSql(Operation.ExecuteSql op, RenderContext context) {
		return steps(withoutTrailingSemicolons(op.sql()));
	}

	protected List<RenderedStep> runJdbc(Operation.RunJdbc op, RenderContext context) {
		return List.of(new RenderedStep.JdbcCallback(op.callback(), op.description()));
	}

	// Fragments shared by the renderers

	/**
	 * A column as written in {@code create table} and {@code add column}: name, type, identity,
	 * default, nullability and an enum's check.
	 */
	protected String columnDefinition(ColumnDef column) {
		StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(columnType(column.name(),
				column.type()));
		String identity = column.isIdentity() ? identityClause() : "";
		if (!identity.isEmpty()) {
			sql.append(' ').append(identity);
		}
		if (column.serverDefault() != null) {
			sql.append(" default ").append(serverDefault(column.serverDefault()));
		}
		if (!column.nullable() && !identity.contains("not null")) {
			sql.append(" not null");
		}
		String check = enumCheck(column.name(), column.type());
		if (check != null) {
			sql.append(" check (").append(check).append(')');
		}
		return sql.toString();
	}

	/** What makes a column generate its values, as the dialect writes it for a {@code bigint}. */
	protected String identityClause() {
		return this.dialect.getIdentityColumnSupport().getIdentityColumnString(java.sql.Types.BIGINT).trim();
	}

	/**
	 * Whether the database has a native enum type, {@code enum('A','B')} (MariaDB, H2), which
	 * Hibernate maps {@code @Enumerated(STRING)} to there; by default it has none.
	 */
	protected boolean nativeEnums() {
		return false;
	}

	/**
	 * The type of a column. An enum is the native enum type where the database has one, else a
	 * {@code varchar} checked by {@link #enumCheck}, as Hibernate maps {@code @Enumerated(STRING)}.
	 */
	protected String columnType(String column, ColumnType type) {
		if (type instanceof ColumnType.Enumerated enumerated) {
			return nativeEnums() ? nativeEnum(enumerated) : typeName(new ColumnType.VarChar(255));
		}
		return typeName(type);
	}

	/**
	 * The condition restricting an enum column to its values, or {@code null} for other types and
	 * for a native enum, which holds its values itself.
	 */
	protected String enumCheck(String column, ColumnType type) {
		if (!(type instanceof ColumnType.Enumerated enumerated) || nativeEnums()) {
			return null;
		}
		return quote(column) + " in (" + String.join(",", enumerated.values().stream().map(this.literals::string).toList())
				+ ")";
	}

	/** {@code enum('A','B')}: the native enum type of MariaDB and H2. */
	private String nativeEnum(ColumnType.Enumerated enumerated) {
		return "enum(" + String.join(",", enumerated.values().stream().map(this.literals::string).toList()) + ")";
	}

	/** The database's name of a portable type (not an enum). */
	protected final String typeName(ColumnType type) {
		return this.typeNames.name(type);
	}

	protected String serverDefault(ServerDefault serverDefault) {
		if (serverDefault instanceof ServerDefault.Expression expression) {
			return expression.sql();
		}
		if (serverDefault instanceof ServerDefault.Text text) {
			return this.literals.string(text.value());
		}
		if (serverDefault instanceof ServerDefault.Bool bool) {
			return this.literals.bool(bool.value());
		}
		if (serverDefault instanceof ServerDefault.Numeric numeric) {
			return this.literals.number(numeric.value());
		}
		throw new IllegalArgumentException("No default to render: " + serverDefault);
	}

	/** A comment as a string literal, or {@code null} for none. */
	protected String commentLiteral(String comment) {
		return (comment != null) ? this.literals.string(comment) : "null";
	}

	protected final String quote(String name) {
		return this.identifiers.quote(name);
	}

	@Override
	public final Identifiers identifiers() {
		return this.identifiers;
	}

	public final SqlLiterals literals() {
		return this.literals;
	}

	/** A table or sequence name, qualified by the context's default schema if it has none. */
	public final String table(ObjectName name, RenderContext context) {
		return this.identifiers.qualified(name, context.defaultSchema());
	}

	public final String alterTable(ObjectName table, RenderContext context) {
		return "alter table " + table(table, context);
	}

	protected static RenderedStep.Sql sql(String sql) {
		return new RenderedStep.Sql(sql);
	}

	protected static List<RenderedStep> steps(String... statements) {
		List<RenderedStep> steps = new ArrayList<>(statements.length);
		for (String statement : statements) {
			steps.add(sql(statement));
		}
		return steps;
	}

	/** The statement without the semicolons and whitespace that may end it. */
	static String withoutTrailingSemicolons(String sql) {
		int end = sql.length();
		while (end > 0 && (sql.charAt(end - 1) == ';' || Character.isWhitespace(sql.charAt(end - 1)))) {
			end--;
		}
		return sql.substring(0, end).strip();
	}

	/** Dispatches each operation to its method, with the context of one rendering. */
	private final class Steps implements Operation.Visitor<List<RenderedStep>> {

		private final RenderContext context;

		Steps(RenderContext context) {
			this.context = context;
		}

		@Override
		public List<RenderedStep> createTable(Operation.CreateTable op) {
			return DialectSqlRenderer.this.createTable(op, this.context);
		}

		@Override
		public List<RenderedStep> dropTable(Operation.DropTable op) {
			return DialectSqlRenderer.this.dropTable(op, this.context);
		}

		@Override
		public List<RenderedStep> renameTable(Operation.RenameTable op) {
			return DialectSqlRenderer.this.renameTable(op, this.context);
		}

		@Override
		public List<RenderedStep> addColumn(Operation.AddColumn op) {
			return DialectSqlRenderer.this.addColumn(op, this.context);
		}

		@Override
		public List<RenderedStep> dropColumn(Operation.DropColumn op) {
			return DialectSqlRenderer.this.dropColumn(op, this.context);
		}

		@Override
		public List<RenderedStep> alterColumn(Operation.AlterColumn op) {
			return DialectSqlRenderer.this.alterColumn(op, this.context);
		}

		@Override
		public List<RenderedStep> createIndex(Operation.CreateIndex op) {
			return DialectSqlRenderer.this.createIndex(op, this.context);
		}

		@Override
		public List<RenderedStep> dropIndex(Operation.DropIndex op) {
			return DialectSqlRenderer.this.dropIndex(op, this.context);
		}

		@Override
		public List<RenderedStep> addConstraint(Operation.AddConstraint op) {
			return DialectSqlRenderer.this.addConstraint(op, this.context);
		}

		@Override
		public List<RenderedStep> dropConstraint(Operation.DropConstraint op) {
			return DialectSqlRenderer.this.dropConstraint(op, this.context);
		}

		@Override
		public List<RenderedStep> createSequence(Operation.CreateSequence op) {
			return DialectSqlRenderer.this.createSequence(op, this.context);
		}

		@Override
		public List<RenderedStep> dropSequence(Operation.DropSequence op) {
			return DialectSqlRenderer.this.dropSequence(op, this.context);
		}

		@Override
		public List<RenderedStep> setTableComment(Operation.SetTableComment op) {
			return DialectSqlRenderer.this.setTableComment(op, this.context);
		}

		@Override
		public List<RenderedStep> bulkInsert(Operation.BulkInsert op) {
			return DialectSqlRenderer.this.bulkInsert(op, this.context);
		}

		@Override
		public List<RenderedStep> executeSql(Operation.ExecuteSql op) {
			return DialectSqlRenderer.this.executeSql(op, this.context);
		}

		@Override
		public List<RenderedStep> runJdbc(Operation.RunJdbc op) {
			return DialectSqlRenderer.this.runJdbc(op, this.context);
		}

	}

}
