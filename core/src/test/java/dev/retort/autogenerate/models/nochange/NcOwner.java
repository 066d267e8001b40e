package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The table {@link NcPet} references. */
@Entity
@Table(name = "nc_owner")
public class NcOwner {

	@Id
	private Long id;

}
