package dev.retort.autogenerate.models.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Single-table inheritance with a discriminator column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Vehicle {

	@Id
	@GeneratedValue
	private Long id;

	@Column(length = 20, nullable = false)
	private String plate;

}
