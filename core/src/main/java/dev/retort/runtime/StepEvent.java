package dev.retort.runtime;

import dev.retort.script.Direction;
import dev.retort.script.RevisionScript;

/**
 * A revision about to be applied or reverted, or just done.
 */
public record StepEvent(RevisionScript revision, Direction direction) {

}
