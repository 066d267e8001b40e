package dev.retort.autogenerate.models.nochange;

/** Mapped by name. */
public enum NcColor {

	RED, GREEN

}
