package dev.retort.autogenerate.models.parcels1;

import jakarta.persistence.Entity;

/**
 * Before: requires a width and a depth (primitives: a subclass's column in a single table is
 * nullable there, and Hibernate checks it per subclass).
 */
@Entity
public class Box extends Parcel {

	int width;

	int depth;

}
