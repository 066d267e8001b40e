package dev.retort.autogenerate.models.nochange;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@code numeric} against {@code decimal}. */
@Entity
@Table(name = "nc_decimal")
public class NcDecimal {

	@Id
	private Long id;

	@Column(precision = 10, scale = 2)
	private BigDecimal amount;

}
