/**
 * A neutral, immutable description of a database schema: what autogenerate reads from a live
 * database and from the Hibernate mapping, so that the two can be compared value by value.
 * <p>
 * Names are as the database stores them once case folding is undone: lower case for the
 * unquoted names Hibernate writes, whatever case H2 stores them in.
 */
package dev.retort.autogenerate.schema;
