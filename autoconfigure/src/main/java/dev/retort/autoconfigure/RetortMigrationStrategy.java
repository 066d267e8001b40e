package dev.retort.autoconfigure;

import dev.retort.runtime.Retort;

/**
 * Replaces what Retort does at start-up (by default, {@code retort.startup}): a bean of this type
 * may upgrade to another target, validate only, or do something before and after.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

	void migrate(Retort retort);

}
