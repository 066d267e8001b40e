package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.retort.RetortException;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.lint.Finding;
import dev.retort.lint.LintRule;
import dev.retort.lint.LintRun;
import dev.retort.lint.Linter;
import dev.retort.lint.Severity;
import dev.retort.lint.SharedRules;
import dev.retort.lint.TableSizes;
import dev.retort.operations.Operation;
import dev.retort.script.Direction;
import dev.retort.script.Plan;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;
import dev.retort.script.Step;

/**
 * The commands, as a Java API: moves a database along a {@link RevisionGraph} under the
 * migration lock, and tells where it stands. The command line and the Actuator endpoint call
 * this; so can an application.
 *
 * <pre class="code">
 * Retort retort = Retort.builder(dataSource, RevisionLoader.loadGraph(classLoader, "com.example.migrations",
 *         List.of("classpath:db/revisions"))).build();
 * retort.upgrade("head");
 * </pre>
 *
 * Thread-safe: each command takes its own connections, and the database's migration lock orders
 * commands of any number of instances; within one instance, commands that migrate also wait for
 * each other before taking connections, so that waiting ones never empty a small pool.
 */
public final class Retort {

	private static final Logger logger = LoggerFactory.getLogger(Retort.class);

	private final DataSource dataSource;

	private final RevisionGraph graph;

	private final RetortSettings settings;

	private final MigrationListener listener;

	private final ChecksumVerification checksums;

	private final CommandSessions sessions;

	private final RevisionStatuses statuses;

	private Retort(Builder builder) {
		this.dataSource = builder.dataSource;
		this.graph = builder.graph;
		this.settings = builder.settings;
		this.listener = new CompositeListener(List.copyOf(builder.listeners));
		this.checksums = new ChecksumVerification(this.graph, this.settings.checksumPolicy());
		this.sessions = new CommandSessions(this.dataSource, this.graph, this.settings);
		this.statuses = new RevisionStatuses(this.graph);
	}

	public static Builder builder(DataSource dataSource, RevisionGraph graph) {
		return new Builder(dataSource, graph);
	}

	public RevisionGraph graph() {
		return this.graph;
	}

	public RetortSettings settings() {
		return this.settings;
	}

	/**
	 * Applies the revisions up to the target: {@code head}, {@code heads}, an id, {@code +2}...
	 * A step left unfinished is resumed when it is the first the target needs; while it waits,
	 * no other runs.
	 * @throws UnfinishedStepException when a step is unfinished and the target does not resume
	 * it, or its statement may have partly applied (see {@link #upgrade(String, InterruptedStatement)})
	 */
	public MigrationResult upgrade(String target) {
		return upgrade(target, null);
	}

	/**
	 * Applies the revisions up to the target, resuming the unfinished step with the operator's
	 * choice for the statement it stopped at.
	 * @param interrupted run that statement again, or skip it; {@code null} to decide by
	 * whether the database undid all of it
	 */
	public MigrationResult upgrade(String target, InterruptedStatement interrupted) {
		return migrate("upgrade", (current) -> this.graph.planUpgrade(current, target), true, interrupted);
	}

	/**
	 * Applies the revisions up to the target, as {@link #upgrade(String)}, but refuses to resume
	 * a step left half-done: for start-up, where that needs an operator's look first. The check is
	 * made under the migration lock, because before it a step that another instance is running at
	 * that moment looks the same in the history as one that a crash left behind.
	 * @throws UnfinishedStepException when a step was left half-done
	 */
	public MigrationResult upgradeUnlessUnfinished(String target) {
		return migrate("upgrade", (current) -> this.graph.planUpgrade(current, target), false, null);
	}

	/** Reverts revisions down to the target: {@code -1}, an id, {@code base}, {@code <label>@base}... */
	public MigrationResult downgrade(String target) {
		return downgrade(target, null);
	}

	/**
	 * Reverts revisions down to the target, resuming the unfinished step with the operator's
	 * choice, as {@link #upgrade(String, InterruptedStatement)}.
	 */
	public MigrationResult downgrade(String target, InterruptedStatement interrupted) {
		return migrate("downgrade", (current) -> this.graph.planDowngrade(current, target), true, interrupted);
	}

	/**
	 * Records the targets as the database's revisions without running anything.
	 * @param purge empty the version table first, even of ids the code does not know
	 * @param updateChecksums record the current checksums of the applied revisions, accepting
	 * their changes
	 */
	public MigrationResult stamp(List<String> targets, boolean purge, boolean updateChecksums) {
		// Targets the revisions cannot resolve fail before the lock, whose taking creates Retort's
		// tables: a stamp that cannot run leaves the database as it found it
		CommandSessions.SessionWork<MigrationResult> resolvedBeforeLock = (session) -> {
			this.graph.stampHeads(purge ? Set.of() : session.tables().heads(session.connection()), targets);
			return null;
		};
		return this.sessions.withLock(resolvedBeforeLock, (session) -> {
			Connection connection = session.connection();
			Set<String> before = session.tables().heads(connection);
			Set<String> current = purge ? Set.of() : before;
			Set<String> after = this.graph.stampHeads(current, targets);
			connection.setAutoCommit(false);
			try {
				session.tables().replaceHeads(connection, after);
				Set<String> recorded = new LinkedHashSet<>(after);
				if (updateChecksums) {
					this.graph.applied(after).forEach((revision) -> recorded.add(revision.id()));
				}
				// Accepting every applied revision's checksum verifies them all, as a migration does
				AppliedDigest digest = updateChecksums ? AppliedDigest.of(this.graph.applied(after)) : null;
				if (recorded.isEmpty()) {
					// A stamp to base names no revision, yet settles any unfinished step as the others do
					session.tables().insertHistory(connection, HistoryRow.BASE, HistoryRow.STAMP, null, null,
							HistoryRow.SUCCESS, 0, 0L, null, null);
				}
				int left = recorded.size();
				for (String id : recorded) {
					RevisionScript revision = this.graph.get(id);
					session.tables().insertHistory(connection, id, HistoryRow.STAMP, StepRunner.checksum(revision),
							revision.fingerprint(), HistoryRow.SUCCESS, 0, 0L, null, (--left == 0) ? digest : null);
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			return new MigrationResult("stamp", List.copyOf(before), List.copyOf(after), List.of());
		});
	}

	/** The revisions the database is at: the version table's rows. */
	public Set<String> current() {
		return this.sessions
			.withConnection((session) -> Collections.unmodifiableSet(session.tables().heads(session.connection())));
	}

	/** Every revision, newest first, with its state in the database. */
	public List<RevisionStatus> status() {
		return this.sessions.withConnection((session) -> {
			Set<String> current = session.tables().heads(session.connection());
			List<HistoryRow> history = session.tables().history(session.connection());
			return this.statuses.of(current, history);
		});
	}

	/**
	 * What the revisions' statements lock or lose on this database, and the safer ways: the
	 * pending revisions, or every one with {@code all}, in the order an upgrade applies them, each
	 * hazard's severity following the size the catalog gives its table
	 * ({@link RetortSettings#lintLargeTableRows()}).
	 */
	public List<Finding> lint(boolean all) {
		return this.sessions.withConnection((session) -> {
			List<String> ids;
			if (all) {
				ids = new ArrayList<>(this.graph.revisions().stream().map(RevisionScript::id).toList());
				Collections.reverse(ids);
			}
			else {
				ids = this.statuses.pending(session.tables().heads(session.connection()));
			}
			return lint(session, ids.stream().map(this.graph::get).toList());
		});
	}

	/**
	 * What the named revisions' statements lock or lose on this database, as one run applies them
	 * in the order given.
	 * @param revisionIds revisions of the graph
	 */
	public List<Finding> lint(List<String> revisionIds) {
		List<RevisionScript> revisions = revisionIds.stream().map(this.graph::get).toList();
		return this.sessions.withConnection((session) -> lint(session, revisions));
	}

	/**
	 * What a revision not written yet (autogenerate's) would lock or lose on this database.
	 * @param revision the id it will have, or words that stand for it
	 * @param upgrade its upgrade's operations
	 */
	public List<Finding> lint(String revision, List<Operation> upgrade) {
		return this.sessions.withConnection((session) -> linter(session).lint(revision, upgrade));
	}

	private List<Finding> lint(CommandSession session, List<RevisionScript> revisions) {
		return revisions.isEmpty() ? List.of() : linter(session).lint(revisions);
	}

	/** The database's rules, with the catalog's sizes read when a rule first asks for one. */
	private Linter linter(CommandSession session) {
		List<LintRule> rules = new ArrayList<>(SharedRules.all());
		rules.addAll(session.platform().lintRules());
		TableSizes sizes = TableSizes
			.whenAsked(() -> session.platform().tableSizes(session.connection(), this.settings.schema()));
		return new Linter(rules, sizes, this.settings.lintLargeTableRows());
	}

	/**
	 * An upgrade's lint, in the log: each revision's findings just before it runs, from the
	 * operations the runner recorded, where the operator who started it looks. Advice only: it
	 * never stops the run.
	 */
	private StepRunner.BeforeUpgrade lintLog(CommandSession session) {
		LintRun run = linter(session).run();
		return (revision, operations) -> {
			List<Finding> findings;
			try {
				findings = run.lint(revision.id(), operations);
			}
			catch (RuntimeException ex) {
				logger.debug("Lint skipped for {}: {}", revision.id(), ex.getMessage());
				return;
			}
			for (Finding finding : findings) {
				if (finding.severity() == Severity.INFO) {
					logger.info("Lint: {}", finding.describe());
				}
				else {
					logger.warn("Lint: {}", finding.describe());
				}
			}
		};
	}

	/**
	 * The step left unfinished by a failure or a crash on a database whose DDL commits as it goes,
	 * if any: the next upgrade resumes it after its last completed statement.
	 */
	public Optional<UnfinishedStep> unfinished() {
		return this.sessions.withConnection(
				(session) -> session.unfinished(session.tables().historyWithoutTimes(session.connection())));
	}

	/**
	 * Where the database stands, for a health probe: the version table's revisions, which of
	 * them this code does not know, the pending ones, the unfinished step and, only when there is
	 * one, whether a live session holds the migration lock. Two or three queries; no revision's
	 * code runs and no checksum is computed, and a database ahead of the code is a state, not an
	 * error.
	 */
	public DatabaseState state() {
		return this.sessions.withConnection((session) -> {
			Set<String> current = session.tables().heads(session.connection());
			Set<String> unknown = current.stream()
				.filter((id) -> this.graph.find(id).isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
			List<String> pending = this.statuses.pending(current);
			HistoryRow last = session.tables().lastHistoryRow(session.connection());
			UnfinishedStep unfinished = session.unfinishedAtAGlance(last).orElse(null);
			boolean lockHeld = unfinished != null && MigrationLocks.isHeld(session.platform(), session.connection(),
					session.renderer().identifiers(), this.settings);
			return new DatabaseState(current, unknown, pending, unfinished, lockHeld);
		});
	}

	/**
	 * Checks, without changing anything, that the database is at the target: for
	 * {@code retort.startup=validate}. Applied revisions' checksums are checked per the policy.
	 */
	public void validate(String target) {
		this.sessions.withConnection((session) -> {
			Set<String> current = session.tables().heads(session.connection());
			HistoryRow last = session.tables().lastHistoryRow(session.connection());
			Optional<UnfinishedStep> unfinished = session.unfinishedAtAGlance(last);
			if (unfinished.isPresent()) {
				if (MigrationLocks.isHeld(session.platform(), session.connection(), session.renderer().identifiers(),
						this.settings)) {
					throw new RetortException("Revision " + unfinished.get().revision() + " is being migrated right now by"
							+ " another session, which holds the migration lock; start again once it has finished.");
				}
				throw new RetortException(describe(unfinished.get()));
			}
			Plan plan = this.graph.planUpgrade(current, target);
			if (!plan.isEmpty()) {
				throw new RetortException(plan.steps().size() + " revision(s) pending up to '" + target + "': "
						+ plan.steps().stream().map((step) -> step.revision().id()).collect(Collectors.joining(", "))
						+ "; run 'retort upgrade " + target + "', or start with retort.startup=upgrade");
			}
			this.checksums.checkUnlessVouchedFor(current, last,
					() -> session.tables().historyWithoutTimes(session.connection()));
			return null;
		});
	}

	/**
	 * A message for an unfinished step that start-up refuses to pass: the revision, where it
	 * stopped and the ways out.
	 */
	public static String describe(UnfinishedStep step) {
		return "Revision " + step.revision() + " stopped half-way through its " + step.direction().name().toLowerCase()
				+ " after " + step.statementsDone() + " statement(s)"
				+ ((step.error() != null) ? ", failing with: " + step.error() : " (the process died)")
				+ ". The database is recorded at the revision before it, and no other revision runs until this"
				+ " step is resumed or stamped over. Ways out: fix the revision if needed and run 'retort "
				+ step.direction().name().toLowerCase() + " " + step.resumingTarget() + "', which resumes after"
				+ " statement " + step.statementsDone() + " (where the statement it stopped at may have partly applied,"
				+ " add --rerun-statement or --skip-statement, as that command asks, after checking its effects);"
				+ " or repair by hand and 'retort stamp' the revision the database is really at.";
	}

	/** The SQL the revision runs on this database, up and down. */
	public RevisionSql sqlFor(String revisionId) {
		RevisionScript revision = this.graph.get(revisionId);
		return this.sessions.withConnection((session) -> new RevisionSql(render(session, revision, Direction.UPGRADE),
				render(session, revision, Direction.DOWNGRADE)));
	}

	private List<String> render(CommandSession session, RevisionScript revision, Direction direction) {
		List<String> statements = new ArrayList<>();
		RenderContext context = RenderContext.online(session.connection(), this.settings.schema());
		for (Operation operation : StepRunner.operations(revision, direction)) {
			for (RenderedStep step : session.renderer().render(operation, context)) {
				statements.add(step.describe());
			}
		}
		return statements;
	}

	private MigrationResult migrate(String action, Function<Set<String>, Plan> planner, boolean resumeUnfinished,
			InterruptedStatement interrupted) {
		// Planned once before the lock, so that a target the revisions cannot reach, a version
		// table naming a revision the code lacks or a changed checksum fails with the database
		// untouched: taking the lock creates Retort's tables (and, on H2, the lock's own table).
		// When that plan finds nothing to do and no step half-done, the command ends there: the
		// start-up of an application whose database is up to date, the usual case, takes no lock
		// and writes nothing. Anything else is planned again under the lock, for another
		// instance may be migrating the database at this moment; the plan made before it is kept
		// when the version table still holds the same heads, for a plan depends on nothing else.
		Map<Set<String>, Plan> plannedBeforeLock = new HashMap<>(2);
		CommandSessions.SessionWork<MigrationResult> upToDateBeforeLock = (session) -> {
			Set<String> current = session.tables().heads(session.connection());
			Plan planned = planner.apply(current);
			plannedBeforeLock.put(Set.copyOf(current), planned);
			if (interrupted != null
					|| (!planned.isEmpty() && this.settings.checksumPolicy() != ChecksumPolicy.FAIL)) {
				// Steps to run: the lock is next, and under it the history is read whole
				return null;
			}
			HistoryRow last = session.tables().lastHistoryRow(session.connection());
			boolean upToDate = planned.isEmpty() && session.unfinishedAtAGlance(last).isEmpty();
			if (upToDate || this.settings.checksumPolicy() == ChecksumPolicy.FAIL) {
				this.checksums.checkUnlessVouchedFor(current, last,
						() -> session.tables().historyWithoutTimes(session.connection()));
			}
			return upToDate ? new MigrationResult(action, List.copyOf(current), List.copyOf(current), List.of()) : null;
		};
		return this.sessions.withLock(upToDateBeforeLock, (session) -> {
			Connection connection = session.connection();
			Set<String> before = session.tables().heads(connection);
			List<HistoryRow> history = session.tables().historyWithoutTimes(connection);
			UnfinishedStep unfinished = session.unfinished(history).orElse(null);
			if (unfinished != null && !resumeUnfinished) {
				throw new UnfinishedStepException(unfinished);
			}
			Plan plan = plannedBeforeLock.get(before);
			plan = (plan != null) ? plan : planner.apply(before);
			checkResumable(plan, unfinished, interrupted);
			boolean oneTransaction = !this.settings.transactionPerRevision() && session.platform().transactionalDdl();
			if (oneTransaction && plan.steps().size() > 1) {
				refuseStepsOutsideTransactions(plan);
			}
			// Only revisions found unchanged let the steps record a digest that vouches for them
			AppliedDigest digest = this.checksums.check(before, history) ? AppliedDigest.of(this.graph.applied(before))
					: null;
			List<AppliedStep> applied = new ArrayList<>();
			Set<String> heads = before;
			try (StepRunner runner = new StepRunner(connection, session.platform(), session.renderer(), session.tables(),
					this.settings, this.listener, lintLog(session))) {
				for (Step step : plan.steps()) {
					boolean resuming = unfinished != null && applied.isEmpty();
					digest = (digest != null) ? digest.after(step) : null;
					applied.add(runner.run(step, resuming ? unfinished : null, resuming ? interrupted : null,
							!oneTransaction, digest));
					heads = step.headsAfter();
				}
				runner.flush();
				// A revision alone outside transactions has committed its own statements
				if (oneTransaction && !connection.getAutoCommit()) {
					connection.commit();
				}
			}
			catch (StepFailedException ex) {
				if (oneTransaction) {
					throw new StepFailedException(ex.getMessage() + " The whole run was one transaction"
							+ " (retort.transaction-per-revision=false): the database is still at "
							+ (before.isEmpty() ? "base" : String.join(" ", before)) + ".", ex.getCause());
				}
				throw ex;
			}
			return new MigrationResult(action, List.copyOf(before), List.copyOf(heads), applied);
		});
	}

	/**
	 * While a step is unfinished the only migration allowed is the one that resumes it: one
	 * whose first step is that step. Anything else would record newer steps past it, on a
	 * database that is at neither revision.
	 */
	private static void checkResumable(Plan plan, UnfinishedStep unfinished, InterruptedStatement interrupted) {
		if (unfinished == null) {
			if (interrupted != null) {
				throw new RetortException("Asked what to do with an interrupted statement, but no step is unfinished:"
						+ " leave out --" + interrupted.name().toLowerCase(Locale.ROOT) + "-statement.");
			}
			return;
		}
		Step first = plan.isEmpty() ? null : plan.steps().get(0);
		if (first == null || !first.revision().id().equals(unfinished.revision())
				|| first.direction() != unfinished.direction()) {
			throw new UnfinishedStepException(unfinished);
		}
	}

	/**
	 * One transaction for the whole run cannot hold a revision declared to run outside
	 * transactions beside others: it would commit the steps before it, and a later failure could
	 * no longer leave the database where the run found it. Alone, it runs as declared.
	 */
	private static void refuseStepsOutsideTransactions(Plan plan) {
		List<String> outside = plan.steps()
			.stream()
			.filter((step) -> !step.revision().transactional())
			.map((step) -> step.revision().id())
			.toList();
		if (!outside.isEmpty()) {
			throw new RetortException("retort.transaction-per-revision=false runs the whole migration in one"
					+ " transaction, but revision(s) " + String.join(", ", outside) + " are declared"
					+ " @Revision(transactional = false) and would commit the revisions before them. Nothing was run."
					+ " Set retort.transaction-per-revision=true, or migrate in parts: up to the revision before each"
					+ " of them, then that revision alone.");
		}
	}

	/**
	 * Builds a {@link Retort}.
	 */
	public static final class Builder {

		private final DataSource dataSource;

		private final RevisionGraph graph;

		private RetortSettings settings = RetortSettings.defaults();

		private final List<MigrationListener> listeners = new ArrayList<>();

		private Builder(DataSource dataSource, RevisionGraph graph) {
			this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
			this.graph = Objects.requireNonNull(graph, "graph");
		}

		public Builder settings(RetortSettings settings) {
			this.settings = Objects.requireNonNull(settings, "settings");
			return this;
		}

		/** Adds a listener; listeners hear each revision in the order they were added. */
		public Builder listener(MigrationListener listener) {
			this.listeners.add(Objects.requireNonNull(listener, "listener"));
			return this;
		}

		public Retort build() {
			return new Retort(this);
		}

	}

	private record CompositeListener(List<MigrationListener> listeners) implements MigrationListener {

		@Override
		public void beforeRevision(StepEvent event) {
			this.listeners.forEach((listener) -> listener.beforeRevision(event));
		}

		@Override
		public void afterRevision(StepEvent event, Duration took) {
			this.listeners.forEach((listener) -> listener.afterRevision(event, took));
		}

		@Override
		public void revisionFailed(StepEvent event, Throwable error) {
			this.listeners.forEach((listener) -> listener.revisionFailed(event, error));
		}

	}

}
