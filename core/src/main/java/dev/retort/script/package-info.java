/**
 * Revisions and the graph they form: {@link dev.retort.script.RevisionScript} (a Java or SQL
 * revision), {@link dev.retort.script.RevisionGraph} (validation, heads, Alembic's target
 * grammar) and {@link dev.retort.script.Plan} (the steps of an upgrade or downgrade, with the
 * version table's contents after each).
 */
package dev.retort.script;
