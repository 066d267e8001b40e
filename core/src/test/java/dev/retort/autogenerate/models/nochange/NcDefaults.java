package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;

/** Defaults as the databases print them back: casts, quotes, {@code 5.0} for {@code 5}. */
@Entity
@Table(name = "nc_defaults")
public class NcDefaults {

	@Id
	private Long id;

	@ColumnDefault("'NEW'")
	@Column(length = 12)
	private String state;

	@ColumnDefault("15")
	private Integer score;

	@ColumnDefault("5")
	private Double weight;

}
