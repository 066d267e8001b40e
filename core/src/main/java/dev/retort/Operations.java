package dev.retort;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.retort.operations.ColumnDef;
import dev.retort.operations.ConnectionCallback;
import dev.retort.operations.Constraint;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.DataSourceCallback;
import dev.retort.operations.Operation;
import dev.retort.operations.TableElement;

/**
 * What a revision can do to the schema: Alembic's {@code op}. A revision describes its changes
 * through these calls; they are recorded as {@link Operation} values, then rendered to SQL for
 * the database at hand, checksummed, or printed as an offline script.
 *
 * <pre class="code">
 * import static dev.retort.operations.Columns.column;
 * import static dev.retort.operations.Constraints.*;
 * import static dev.retort.operations.types.Types.*;
 *
 * public void upgrade(Operations op) {
 *     op.createTable("user",
 *             column("id", uuid()).primaryKey(),
 *             column("email", string(255)).notNull(),
 *             column("is_active", bool()).notNull().serverDefault(true));
 *     op.createUniqueIndex("ix_user_email", "user", "email");
 * }
 * </pre>
 *
 * Names are passed exactly as the database stores them (lower case on PostgreSQL and MariaDB, as
 * Hibernate's naming strategy makes them) and quoted where needed; see
 * {@link dev.retort.ddl.SqlRenderer}. Every name refers to the migration's default schema unless
 * the calls go through {@link #inSchema(String)}.
 */
public interface Operations {

	/** The same operations on objects of the given schema: {@code op.inSchema("audit").createTable(...)}. */
	Operations inSchema(String schema);

	// Tables

	/** Creates a table of the given columns and constraints, in any order. */
	void createTable(String table, TableElement... elements);

	void dropTable(String table);

	void renameTable(String table, String newName);

	/** Sets the table's comment, or drops it when {@code comment} is {@code null}. */
	void setTableComment(String table, String comment);

	default void dropTableComment(String table) {
		setTableComment(table, null);
	}

	// Columns

	void addColumn(String table, ColumnDef column);

	void dropColumn(String table, String column);

	/**
	 * Changes a column; the function states the changes, and what the column is now where the
	 * database needs to know it: {@code op.alterColumn("user", "email", c -> c.type(string(320))
	 * .existingType(string(255)).existingNullable(false))}.
	 */
	void alterColumn(String table, String column, UnaryOperator<Operation.AlterColumn> change);

	default void renameColumn(String table, String column, String newName) {
		alterColumn(table, column, (change) -> change.rename(newName));
	}

	/** Sets a column's comment; {@code ""} drops it. */
	default void setColumnComment(String table, String column, String comment) {
		alterColumn(table, column, (change) -> change.comment(comment));
	}

	// Indexes

	void createIndex(String name, String table, String... columns);

	void createUniqueIndex(String name, String table, String... columns);

	/**
	 * Creates an index with options: {@code op.createIndex("ix_order_placed", "order",
	 * List.of("placed_at"), ix -> ix.concurrently())}.
	 */
	void createIndex(String name, String table, List<String> columns, UnaryOperator<Operation.CreateIndex> options);

	void dropIndex(String name, String table);

	/** Drops an index with options: {@code op.dropIndex("ix", "t", ix -> ix.concurrently())}. */
	void dropIndex(String name, String table, UnaryOperator<Operation.DropIndex> options);

	// Constraints

	/**
	 * Adds a constraint written with {@link dev.retort.operations.Constraints}:
	 * {@code op.addConstraint("item", foreignKey("fk_item_owner", "owner_id").references("user", "id"))}.
	 */
	void addConstraint(String table, Constraint constraint);

	void dropConstraint(String table, String name, ConstraintKind kind);

	// Sequences

	/** Creates a sequence starting at 1, incrementing by 1. */
	default void createSequence(String name) {
		createSequence(name, 1, 1);
	}

	void createSequence(String name, long start, long increment);

	void dropSequence(String name);

	// Data

	/**
	 * Inserts rows given as maps from column name to value. The values are bound as JDBC
	 * parameters; rows need not all name the same columns.
	 */
	void bulkInsert(String table, List<? extends Map<String, ?>> rows);

	/** Runs one SQL statement as written. */
	void sql(String sql);

	/**
	 * Runs Java code on the migration's connection; {@code description} says what it does, for
	 * progress, offline scripts and the checksum (which cannot see into the code).
	 */
	void withConnection(String description, ConnectionCallback callback);

	/** Runs Java code on the migration's connection; its class name describes it (see {@link #withConnection(String, ConnectionCallback)}). */
	void withConnection(ConnectionCallback callback);

	/**
	 * Runs Java code given a {@link javax.sql.DataSource} view of the migration's connection, for
	 * Spring's {@code JdbcTemplate} and the like.
	 */
	void withDataSource(String description, DataSourceCallback callback);

	void withDataSource(DataSourceCallback callback);

	/** Records an operation built directly, as autogenerate or an extension may. */
	void apply(Operation operation);

}
