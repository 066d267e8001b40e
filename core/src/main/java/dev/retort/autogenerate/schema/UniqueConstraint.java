package dev.retort.autogenerate.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name its name
 * @param columns its columns, in order
 * @param nameExplicit whether the name was chosen by a person (an {@code @UniqueConstraint} or
 * unique {@code @Index} name) rather than generated (Hibernate's {@code UK...} hashes, database
 * defaults); generated names are matched by columns, explicit ones by name
 */
public record UniqueConstraint(String name, List<String> columns, boolean nameExplicit) {

	public UniqueConstraint {
		columns = List.copyOf(columns);
	}

}
