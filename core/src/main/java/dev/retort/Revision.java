package dev.retort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Migration} as a revision and places it in the revision graph, as the
 * {@code revision}, {@code down_revision}, {@code branch_labels} and {@code depends_on} of an
 * Alembic script do:
 *
 * <pre class="code">
 * &#64;Revision(id = "1975ea83b712", revises = "ae1027a6acf2", message = "Add is_active to User")
 * public class AddIsActiveToUser implements Migration { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Revision {

	/**
	 * The revision's id: letters, digits and {@code _}, at most 64 characters. Generated ids are
	 * 12 lowercase hexadecimal characters.
	 */
	String id();

	/**
	 * The revisions this one comes after: none for a base, one for a linear step, several for a
	 * merge point.
	 */
	String[] revises() default {};

	/** What the revision does, in a line, as given to {@code revision -m}. */
	String message() default "";

	/** Names that refer to this revision's branch, as in {@code <label>@head}. */
	String[] branchLabels() default {};

	/**
	 * Revisions (or branch labels) that must be applied before this one without being its parents:
	 * they order the two lines of revisions without merging them.
	 */
	String[] dependsOn() default {};

	/**
	 * Whether the revision runs inside a transaction. {@code false} runs it in auto-commit, for
	 * statements such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY} that refuse a transaction.
	 */
	boolean transactional() default true;

}
