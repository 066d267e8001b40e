package dev.retort.autogenerate.models.retype;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A column that was text, now JSON. */
@Entity
public class Setting {

	@Id
	private Long id;

	@JdbcTypeCode(SqlTypes.JSON)
	private String payload;

	public String getPayload() {
		return this.payload;
	}

}
