package dev.retort.autogenerate.models.names;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Columns named with words the SQL standard reserves but H2 and PostgreSQL accept unquoted. */
@Entity
public class Slot {

	@Id
	private Long id;

	private Integer position;

	private Integer rank;

}
