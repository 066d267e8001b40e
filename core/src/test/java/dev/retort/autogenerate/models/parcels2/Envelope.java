package dev.retort.autogenerate.models.parcels2;

import jakarta.persistence.Entity;

/** Requires its stamps. */
@Entity
public class Envelope extends Parcel {

	int stamps;

	public Envelope() {
	}

	public Envelope(Long id, int stamps) {
		super(id);
		this.stamps = stamps;
	}

}
