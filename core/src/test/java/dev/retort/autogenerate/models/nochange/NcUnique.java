package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Unnamed unique columns against a unique index and a constraint the database named. */
@Entity
@Table(name = "nc_unique")
public class NcUnique {

	@Id
	private Long id;

	@Column(unique = true, length = 40)
	private String email;

	@Column(unique = true, length = 20)
	private String code;

}
