package dev.retort.autogenerate.models.shop;

/** Mapped by ordinal. */
public enum Tier {

	BRONZE, SILVER, GOLD

}
