package dev.retort.runtime;

import dev.retort.script.Direction;

/**
 * A revision the runner applied or reverted, and how long it took.
 */
public record AppliedStep(String revision, Direction direction, long durationMs) {

}
