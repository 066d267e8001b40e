package dev.retort.autogenerate.schema;

/**
 * A sequence.
 *
 * @param name its name
 * @param start its first value
 * @param increment the step between values (Hibernate's allocation size)
 */
public record Sequence(String name, long start, long increment) {
}
