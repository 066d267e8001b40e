package dev.retort.autogenerate.models.shop;

/** Mapped by name. */
public enum Status {

	ACTIVE, SUSPENDED, CLOSED

}
