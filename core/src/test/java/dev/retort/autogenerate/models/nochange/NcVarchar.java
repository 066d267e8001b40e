package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@code varchar} against {@code character varying}. */
@Entity
@Table(name = "nc_varchar")
public class NcVarchar {

	@Id
	private Long id;

	@Column(length = 50, nullable = false)
	private String name;

	@Column(length = 32)
	private String code;

}
