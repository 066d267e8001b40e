package dev.retort.autoconfigure.endpoint;

import java.util.List;

/**
 * What autogenerate would write now: the differences between the entity model and the database,
 * one line each, for {@code GET /actuator/migrations?check=true}.
 */
@FunctionalInterface
public interface ModelDiffSource {

	List<String> differences();

}
