package dev.retort.autogenerate.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name its name, or {@code null} when the mapping leaves it to the database
 * @param condition its condition as SQL, as written or as the database prints it back
 */
public record CheckConstraint(String name, String condition) {

	public CheckConstraint {
		Objects.requireNonNull(condition, "condition");
	}

}
