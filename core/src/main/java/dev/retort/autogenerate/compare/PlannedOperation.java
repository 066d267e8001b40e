package dev.retort.autogenerate.compare;

import java.util.List;
import java.util.Objects;

import dev.retort.operations.Operation;

/**
 * An operation of a generated revision, with what the person reading it should know.
 *
 * @param operation the operation
 * @param comments lines written above it: an inferred rename, a value for existing rows, a
 * step that needs their attention
 * @param destructive whether it loses data (a dropped table or column, a narrowed type)
 */
public record PlannedOperation(Operation operation, List<String> comments, boolean destructive) {

	public PlannedOperation {
		Objects.requireNonNull(operation, "operation");
		comments = List.copyOf(comments);
	}

	static PlannedOperation of(Operation operation) {
		return new PlannedOperation(operation, List.of(), false);
	}

	static PlannedOperation commented(Operation operation, String comment) {
		return new PlannedOperation(operation, (comment != null) ? List.of(comment) : List.of(), false);
	}

	static PlannedOperation destructive(Operation operation, String comment) {
		return new PlannedOperation(operation, (comment != null) ? List.of(comment) : List.of(), true);
	}

}
