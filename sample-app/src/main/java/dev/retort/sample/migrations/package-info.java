/**
 * Schema revisions, applied in the order of their graph by Retort: each class is
 * annotated {@code @Revision} and implements {@code dev.retort.Migration}. Write new ones
 * with {@code mvn retort:revision -Dmessage="..."} (add {@code -Dautogenerate} to fill
 * them from the entities).
 */
package dev.retort.sample.migrations;
