package dev.retort.autogenerate.models.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable: its columns land in the owning table. */
@Embeddable
public class Address {

	@Column(length = 120)
	private String street;

	@Column(length = 80)
	private String city;

	@Column(length = 10)
	private String postalCode;

}
