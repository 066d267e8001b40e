package dev.retort.autogenerate.models.inheritance;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Joined inheritance: a table per class, joined by primary key. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {

	@Id
	@GeneratedValue
	private Long id;

	@Column(precision = 10, scale = 2, nullable = false)
	private BigDecimal amount;

}
