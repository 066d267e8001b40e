package dev.retort.autogenerate.models.retype;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Columns that were strings, now typed: a boolean and JSON. */
@Entity
public class Setting {

	@Id
	private Long id;

	private Boolean flag;

	@JdbcTypeCode(SqlTypes.JSON)
	private String payload;

	public Boolean getFlag() {
		return this.flag;
	}

	public String getPayload() {
		return this.payload;
	}

}
