/**
 * Writing new revisions: {@link dev.retort.script.write.NewRevisionResolver} settles a new
 * revision's parents, id, labels and dependencies with Alembic's rules for {@code revision} and
 * {@code merge}; {@link dev.retort.script.write.RevisionWriter} writes it as a Java class
 * (JavaPoet, with injectable {@link dev.retort.script.write.RevisionBody bodies}) or a
 * {@code .sql} file.
 */
package dev.retort.script.write;
