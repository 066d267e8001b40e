package dev.retort.autogenerate.models.parcels2;

import jakarta.persistence.Entity;

/** After: the width is gone, and whether it is sealed is required. */
@Entity
public class Box extends Parcel {

	int depth;

	boolean sealed;

	public Box() {
	}

	public Box(Long id, int depth, boolean sealed) {
		super(id);
		this.depth = depth;
		this.sealed = sealed;
	}

}
