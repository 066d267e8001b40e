package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A composite primary key: its columns' nullability is no difference (Alembic's test 8). */
@Entity
@Table(name = "nc_person_role")
public class NcPersonRole {

	@EmbeddedId
	private NcRoleId id;

}
