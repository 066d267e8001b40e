package dev.retort.autogenerate.models.nochange;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A foreign key without an action against one declaring {@code no action} or {@code restrict},
 * and a cascade spelled in mixed case; MariaDB's own index for a key.
 */
@Entity
@Table(name = "nc_pet")
public class NcPet {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumn(name = "owner_id")
	private NcOwner owner;

	@ManyToOne
	@JoinColumn(name = "keeper_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private NcOwner keeper;

}
