package dev.retort.autoconfigure.endpoint;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * {@code GET /actuator/migrations}.
 *
 * @param current the revisions the database is at
 * @param unknown those of them this code does not know, when the database is ahead of it (an
 * older instance during a rolling deploy); otherwise absent
 * @param heads the head revisions of the code
 * @param pending the revisions not applied, oldest first
 * @param revisions every revision, newest first
 * @param modelDiff with {@code ?check=true}: what autogenerate would write; otherwise absent
 */
public record MigrationsDescriptor(List<String> current, @Nullable List<String> unknown, List<String> heads,
		List<String> pending,
		List<RevisionDescriptor> revisions, @Nullable List<String> modelDiff) implements OperationResponseBody {

}
