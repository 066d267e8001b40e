package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@code boolean} against {@code bool}, MariaDB's {@code tinyint(1)} and {@code bit(1)}. */
@Entity
@Table(name = "nc_boolean")
public class NcBoolean {

	@Id
	private Long id;

	@Column(nullable = false)
	private boolean active;

	private Boolean flag;

}
