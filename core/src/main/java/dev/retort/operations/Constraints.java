package dev.retort.operations;

import java.util.List;

/**
 * Constraints for {@code createTable} and {@code addConstraint}, for a static import in
 * revisions:
 *
 * <pre class="code">
 * op.createTable("item",
 *     column("id", bigint()).identity().primaryKey(),
 *     column("owner_id", uuid()).notNull(),
 *     foreignKey("fk_item_owner", "owner_id").references("user", "id").onDelete(CASCADE));
 * </pre>
 */
public final class Constraints {

	private Constraints() {
	}

	public static Constraint.PrimaryKey primaryKey(String name, String... columns) {
		return new Constraint.PrimaryKey(name, List.of(columns));
	}

	public static Constraint.Unique unique(String name, String... columns) {
		return new Constraint.Unique(name, List.of(columns));
	}

	/** A foreign key on the given columns; complete it with {@code .references(table, columns...)}. */
	public static Constraint.ForeignKey foreignKey(String name, String... columns) {
		return new Constraint.ForeignKey(name, List.of(columns), null, List.of(), null, null);
	}

	/** A check constraint; the condition is SQL, rendered as written. */
	public static Constraint.Check check(String name, String condition) {
		return new Constraint.Check(name, condition);
	}

}
