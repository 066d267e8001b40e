package dev.retort.autogenerate.models.names;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An unquoted table name with a non-ASCII capital, as Hibernate's standard naming keeps it. */
@Entity
@Table(name = "ÉTAT")
public class Etat {

	@Id
	private Long id;

}
