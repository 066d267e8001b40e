/**
 * Compares the schema the entities expect with the schema the database holds: the differences,
 * and the operations that take the database to the entities' schema and back.
 */
package dev.retort.autogenerate.compare;
