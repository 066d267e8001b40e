/**
 * Reads Hibernate's boot-time mapping ({@link org.hibernate.boot.Metadata}) into the neutral
 * model of {@link dev.retort.autogenerate.schema}: the schema the application's entities expect.
 */
package dev.retort.autogenerate.model;
