package dev.retort.autogenerate.schema;

import java.util.List;

/**
 * A primary key.
 *
 * @param name its name, or {@code null} where the database names none (MariaDB's are all
 * {@code PRIMARY}, and Hibernate names none)
 * @param columns its columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) {

	public PrimaryKey {
		columns = List.copyOf(columns);
	}

}
