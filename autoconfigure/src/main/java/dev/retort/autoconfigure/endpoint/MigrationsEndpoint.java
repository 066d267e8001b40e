package dev.retort.autoconfigure.endpoint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;

import dev.retort.RetortException;
import dev.retort.runtime.InterruptedStatement;
import dev.retort.runtime.LockTimeoutException;
import dev.retort.runtime.MigrationResult;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionSql;
import dev.retort.runtime.RevisionStatus;
import dev.retort.runtime.UnfinishedStepException;

/**
 * {@code /actuator/migrations}: the revisions and where the database stands ({@code GET}), one
 * revision with the SQL it runs here ({@code GET /{id}}), and upgrade, downgrade or stamp
 * ({@code POST}). Reads only unless {@code management.endpoint.migrations.access=unrestricted}.
 */
@WebEndpoint(id = "migrations", defaultAccess = Access.READ_ONLY)
public class MigrationsEndpoint {

	private static final int STATUS_CONFLICT = 409;

	private final Retort retort;

	private final @Nullable ModelDiffSource modelDiff;

	public MigrationsEndpoint(Retort retort, @Nullable ModelDiffSource modelDiff) {
		this.retort = retort;
		this.modelDiff = modelDiff;
	}

	@ReadOperation
	public WebEndpointResponse<Object> migrations(@Nullable Boolean check) {
		List<RevisionStatus> statuses = this.retort.status();
		List<RevisionDescriptor> revisions = statuses.stream().map(RevisionDescriptor::of).toList();
		List<String> pending = statuses.stream()
			.filter((status) -> status.state() == RevisionStatus.State.PENDING)
			.map(RevisionStatus::id)
			.toList();
		List<String> current = List.copyOf(this.retort.current());
		List<String> unknownIds = current.stream().filter((id) -> this.retort.graph().find(id).isEmpty()).toList();
		@Nullable List<String> unknown = unknownIds.isEmpty() ? null : unknownIds;
		List<String> heads = List.copyOf(this.retort.graph().heads());
		if (!Boolean.TRUE.equals(check)) {
			return new WebEndpointResponse<>(new MigrationsDescriptor(current, unknown, heads, pending, revisions, null));
		}
		if (this.modelDiff == null) {
			return error("The comparison with the entity model is not available: no JPA EntityManagerFactory"
					+ " (or no Hibernate) in this application", WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		try {
			return new WebEndpointResponse<>(
					new MigrationsDescriptor(current, unknown, heads, pending, revisions, this.modelDiff.differences()));
		}
		catch (RetortException ex) {
			return error(ex.getMessage(), STATUS_CONFLICT);
		}
	}

	@ReadOperation
	public WebEndpointResponse<Object> revision(@Selector String id) {
		Optional<RevisionStatus> status = this.retort.status().stream().filter((s) -> s.id().equals(id)).findFirst();
		if (status.isEmpty()) {
			return error("No revision '" + id + "'; GET /actuator/migrations lists them",
					WebEndpointResponse.STATUS_NOT_FOUND);
		}
		try {
			RevisionSql sql = this.retort.sqlFor(id);
			return new WebEndpointResponse<>(RevisionDetailDescriptor.of(status.get(), sql,
					this.retort.lint(List.of(id))));
		}
		catch (RetortException ex) {
			return error(ex.getMessage(), WebEndpointResponse.STATUS_BAD_REQUEST);
		}
	}

	@WriteOperation
	public WebEndpointResponse<Object> migrate(@Nullable String action, @Nullable String target,
			@Nullable String interruptedStatement) {
		if (action == null || action.isBlank()) {
			return error("Missing \"action\": send {\"action\": \"upgrade\" | \"downgrade\" | \"stamp\", \"target\": \"...\"}",
					WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		try {
			InterruptedStatement interrupted = interrupted(interruptedStatement);
			MigrationResult result = switch (action.toLowerCase(Locale.ROOT)) {
				case "upgrade" -> this.retort.upgrade((target != null) ? target : "head", interrupted);
				case "downgrade" -> this.retort.downgrade(required(target, "downgrade", "-1"), interrupted);
				case "stamp" -> {
					if (interrupted != null) {
						throw new RetortException("\"interruptedStatement\" resumes an unfinished step with upgrade or"
								+ " downgrade; a stamp runs no statement: leave it out");
					}
					yield this.retort.stamp(List.of(required(target, "stamp", "head")), false, false);
				}
				default -> throw new RetortException("Unknown action '" + action + "'; use upgrade, downgrade or stamp");
			};
			return new WebEndpointResponse<>(MigrationResultDescriptor.of(result));
		}
		catch (LockTimeoutException ex) {
			return error(ex.getMessage(), STATUS_CONFLICT);
		}
		catch (UnfinishedStepException ex) {
			return error(ex.getMessage() + " Over this endpoint, the choice is \"interruptedStatement\": \"rerun\" or"
					+ " \"skip\" beside the action.", STATUS_CONFLICT);
		}
		catch (RetortException ex) {
			return error(ex.getMessage(), WebEndpointResponse.STATUS_BAD_REQUEST);
		}
	}

	/** The operator's choice for an unfinished step's statement: {@code rerun}, {@code skip} or none. */
	private static @Nullable InterruptedStatement interrupted(@Nullable String choice) {
		if (choice == null || choice.isBlank()) {
			return null;
		}
		return switch (choice.toLowerCase(Locale.ROOT)) {
			case "rerun" -> InterruptedStatement.RERUN;
			case "skip" -> InterruptedStatement.SKIP;
			default -> throw new RetortException("Unknown \"interruptedStatement\" '" + choice + "'; use rerun or skip");
		};
	}

	private static String required(@Nullable String target, String action, String example) {
		if (target == null || target.isBlank()) {
			throw new RetortException("Missing \"target\" for " + action + ", such as {\"action\": \"" + action
					+ "\", \"target\": \"" + example + "\"}");
		}
		return target;
	}

	private static WebEndpointResponse<Object> error(String message, int status) {
		return new WebEndpointResponse<>(Map.of("error", message), status);
	}

}
