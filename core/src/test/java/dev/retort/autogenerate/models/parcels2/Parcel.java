package dev.retort.autogenerate.models.parcels2;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A SINGLE_TABLE hierarchy whose subclasses have columns they require. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public class Parcel {

	@Id
	Long id;

	public Parcel() {
	}

	public Parcel(Long id) {
		this.id = id;
	}

}
