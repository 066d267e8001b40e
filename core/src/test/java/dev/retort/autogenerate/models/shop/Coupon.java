package dev.retort.autogenerate.models.shop;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A natural key that nothing references, so that its primary key can change on every database. */
@Entity
public class Coupon {

	@Id
	@Column(length = 20)
	private String code;

	@Column(nullable = false)
	private int discount;

	private LocalDate validUntil;

}
