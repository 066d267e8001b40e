package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Two unnamed unique constraints sharing a column, named otherwise in the database (Alembic #1240). */
@Entity
@Table(name = "nc_two_uniques", uniqueConstraints = { @UniqueConstraint(columnNames = { "sid", "label" }),
		@UniqueConstraint(columnNames = { "sid", "fid" }) })
public class NcTwoUniques {

	@Id
	private Long id;

	private Integer sid;

	private Integer fid;

	@Column(length = 20)
	private String label;

}
