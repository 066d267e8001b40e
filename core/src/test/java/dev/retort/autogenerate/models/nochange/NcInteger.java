package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@code integer} against {@code int4} and {@code int(11)}, and the other integer widths. */
@Entity
@Table(name = "nc_integer")
public class NcInteger {

	@Id
	private Long id;

	private Integer quantity;

	private Short small;

	private Long big;

}
