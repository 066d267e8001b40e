package dev.retort.autogenerate.models.retype;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Columns that were strings, now typed: a UUID, a number and a boolean. */
@Entity
public class Reading {

	@Id
	private Long id;

	private UUID token;

	private Integer amount;

	private Boolean flag;

	public UUID getToken() {
		return this.token;
	}

	public Integer getAmount() {
		return this.amount;
	}

	public Boolean getFlag() {
		return this.flag;
	}

}
