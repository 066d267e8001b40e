/**
 * Reads a live schema into the neutral model of {@link dev.retort.autogenerate.schema}: a few
 * catalog queries per schema on PostgreSQL, MariaDB and H2 (not one round trip per table), and
 * {@link java.sql.DatabaseMetaData} for other databases.
 */
package dev.retort.autogenerate.introspect;
