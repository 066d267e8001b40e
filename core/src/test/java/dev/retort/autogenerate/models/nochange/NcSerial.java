package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An identity key against PostgreSQL's {@code bigserial} and an {@code auto_increment}. */
@Entity
@Table(name = "nc_serial")
public class NcSerial {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Integer quantity;

}
