/**
 * Writes planned operations as the Java source of a revision's {@code upgrade} and
 * {@code downgrade}: one {@code op.} call per statement, portable types, comments where the
 * reader must decide or should know.
 */
package dev.retort.autogenerate.code;
