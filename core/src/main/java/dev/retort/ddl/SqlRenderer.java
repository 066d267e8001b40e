package dev.retort.ddl;

import java.util.List;

import dev.retort.operations.Operation;

/**
 * Turns recorded operations into the steps that apply them to one kind of database. Get one from
 * {@link SqlRenderers}.
 * <p>
 * <b>Identifiers.</b> Names are passed exactly as the database should store them and quoted only
 * where needed: when the name is a reserved word (of the Hibernate dialect's keyword list or of
 * the SQL standard's, such as {@code user} and {@code order}), or is not a plain lower-case
 * identifier ({@code MixedCase}, names with spaces or quotes, whose quote characters are doubled).
 * Unquoted lower-case names then behave exactly as in Hibernate's own DDL with its default
 * settings: PostgreSQL and MariaDB keep them lower case, and H2 folds them to upper case, as it
 * does Hibernate's unquoted names, so an entity table {@code item} matches {@code ITEM}.
 * A reserved word is quoted and so keeps its case everywhere: on H2 {@code createTable("user")}
 * makes the lower-case table {@code "user"}, which matches an entity mapped with
 * {@code @Table(name = "\"user\"")}, as a reserved word must be mapped on H2 anyway.
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
