package dev.retort.ddl;

import java.util.List;

import dev.retort.operations.Operation;

/**
 * Turns recorded operations into the steps that apply them to one kind of database. Get one from
 * {@code DatabasePlatforms}: each database's renderer lives in its platform's package.
 * <p>
 * <b>Identifiers.</b> A plain lower-case name ({@code order_line}) is an ordinary identifier,
 * written unquoted so that the database folds it exactly as it folds Hibernate's unquoted names:
 * PostgreSQL and MariaDB keep it lower case, H2 stores {@code ORDER_LINE}, so an entity table
 * {@code item} matches {@code ITEM}. A reserved word among them ({@code user}, {@code rank}) is
 * quoted in the case the database folds it to ({@code "RANK"} on H2). Any other name
 * ({@code OrderLine}, names with spaces or quotes, whose quote characters are doubled) is quoted
 * and so stored exactly; a name in backticks ({@code `order_item`}), Hibernate's spelling of a
 * quoted name, is always quoted, which keeps a lower-case name lower case on H2 too (the way an
 * entity mapped with {@code @Table(name = "`user`")} needs it). See {@link Identifiers}.
 */
public interface SqlRenderer {

	/** The database family this renderer writes SQL for. */
	DatabaseFamily family();

	/**
	 * The steps that apply the operation, in order. Fails with a
	 * {@link dev.retort.RetortException} when the operation cannot be rendered, naming what to add
	 * (for example the {@code existing...} facts of an offline MariaDB column change).
	 */
	List<RenderedStep> render(Operation operation, RenderContext context);

	/**
	 * The given value as a SQL literal of this database, for offline scripts of
	 * {@link RenderedStep.Batch} steps.
	 */
	String literal(Object value);

	/** How this database quotes names, for SQL written around the operations (the runner's own). */
	Identifiers identifiers();

}
