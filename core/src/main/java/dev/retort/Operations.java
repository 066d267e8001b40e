package dev.retort;

/**
 * What a revision can do to the schema: Alembic's {@code op}.
 */
public interface Operations {

}
