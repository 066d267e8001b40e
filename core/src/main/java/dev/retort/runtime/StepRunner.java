package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.RetortException;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Checksums;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.platform.DatabasePlatform;
import dev.retort.script.Direction;
import dev.retort.script.RevisionScript;
import dev.retort.script.Step;

/**
 * Runs one step on the migration connection, the way the database allows:
 * <ul>
 * <li>where DDL is transactional (PostgreSQL), the revision's statements, the version-table
 * change and the history row commit together; a failure rolls all of it back and records a
 * {@code FAILED} row on its own, so the database stays exactly at the previous revision. The
 * version change and the history row travel with the revision's last statement where the
 * driver allows (see {@link MigrationTables.Bookkeeping#recordStep}): a one-statement
 * revision costs two round trips, that and the commit;</li>
 * <li>where DDL commits implicitly (H2, MariaDB), and for revisions declared
 * non-transactional, the history row is written as {@code RUNNING} before the first statement
 * and its count of completed statements after each one that has a next (after the last, the
 * transaction that moves the version table records the count with the outcome), so that a
 * failure or a crash leaves a visible, resumable step: the next run continues after the last
 * completed statement. A database held in this process's memory (H2's {@code mem:}) goes with
 * a crash, so there no row shows a step running, and the books of the steps that succeed are
 * written together when the run ends or a step fails (see
 * {@link MigrationTables.Bookkeeping#recordLater}): a failure is recorded, with how far its step
 * got, after the steps before it.</li>
 * </ul>
 * Operations are rendered one at a time, just before they run, because a renderer may read the
 * live schema (MariaDB restates a column's whole definition) as the earlier ones left it.
 */
final class StepRunner implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(StepRunner.class);

	private final Connection connection;

	private final SqlRenderer renderer;

	private final DatabasePlatform platform;

	private final MigrationTables.Bookkeeping books;

	private final RenderContext context;

	/** One checksum calculator for the run: it reuses one SHA-256 digest. */
	private final Checksums checksums = new Checksums();

	private final MigrationListener listener;

	/** Whether a crash takes the database with it: then no row needs to show a step running. */
	private final boolean diesWithProcess;

	private final DdlLockWaits lockWaits;

	private final Duration statementTimeout;

	private final BeforeUpgrade beforeUpgrade;

	/** Reused by every plain statement of the run. */
	private Statement statement;

	StepRunner(Connection connection, DatabasePlatform platform, SqlRenderer renderer, MigrationTables tables,
			RetortSettings settings, MigrationListener listener) throws SQLException {
		this(connection, platform, renderer, tables, settings, listener, BeforeUpgrade.NONE);
	}

	StepRunner(Connection connection, DatabasePlatform platform, SqlRenderer renderer, MigrationTables tables,
			RetortSettings settings, MigrationListener listener, BeforeUpgrade beforeUpgrade) throws SQLException {
		this.beforeUpgrade = beforeUpgrade;
		this.connection = connection;
		this.platform = platform;
		this.diesWithProcess = platform.diesWithProcess(connection);
		this.renderer = renderer;
		this.books = tables.bookkeeping(connection);
		this.context = RenderContext.online(connection, settings.schema());
		this.listener = listener;
		this.lockWaits = settings.ddlLockWaits();
		this.statementTimeout = settings.statementTimeout();
	}

	/**
	 * Looks at a revision's upgrade, as the runner recorded it, before its statements run.
	 */
	@FunctionalInterface
	interface BeforeUpgrade {

		BeforeUpgrade NONE = (revision, operations) -> {
		};

		void inspect(RevisionScript revision, List<Operation> operations);

	}

	static String checksum(RevisionScript revision) {
		return checksum(revision, new Checksums());
	}

	/** The revision's checksum, with a calculator shared by the revisions of one command. */
	static String checksum(RevisionScript revision, Checksums checksums) {
		return checksums.checksum(OperationRecorder.record(revision.newMigration()::upgrade));
	}

	static List<Operation> operations(RevisionScript revision, Direction direction) {
		Migration migration = revision.newMigration();
		Consumer<Operations> body = (direction == Direction.UPGRADE) ? migration::upgrade : migration::downgrade;
		return OperationRecorder.record(body);
	}

	/**
	 * Runs the step. With {@code commit} false (one transaction for the whole run) a
	 * transactional step leaves its work for the caller to commit.
	 * @param resume an earlier, unfinished run of this same step, or {@code null}
	 * @param interrupted the operator's choice for the statement that step stopped at, or
	 * {@code null}: then a statement that may have partly applied is not run again
	 * @param digest the {@link AppliedDigest} once the step ran, recorded with its success;
	 * {@code null} when the command did not verify the revisions applied before it
	 * @throws UnfinishedStepException when resuming needs the operator's choice, before anything ran
	 */
	AppliedStep run(Step step, UnfinishedStep resume, InterruptedStatement interrupted, boolean commit,
			AppliedDigest digest) {
		RevisionScript revision = step.revision();
		StepEvent event = new StepEvent(revision, step.direction());
		List<Operation> operations = operations(revision, step.direction());
		if (step.direction() == Direction.UPGRADE) {
			this.beforeUpgrade.inspect(revision, operations);
		}
		String checksum = checksum(step, operations);
		// A step resumed goes on as it began, statement by statement, even if its revision has been
		// made transactional since: a transaction would run its completed statements again
		boolean transactional = this.platform.transactionalDdl() && revision.transactional() && resume == null;
		int skip = (resume != null) ? statementsToSkip(step, operations, resume, interrupted) : 0;
		long started = System.nanoTime();
		this.listener.beforeRevision(event);
		try {
			if (transactional) {
				runInTransactionWaiting(step, operations, checksum, started, commit, digest);
			}
			else {
				runStatementByStatement(step, operations, checksum, started, resume, skip, digest);
			}
		}
		catch (StepFailedException ex) {
			this.listener.revisionFailed(event, ex);
			throw ex;
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.listener.afterRevision(event, took);
		return new AppliedStep(revision.id(), step.direction(), took.toMillis());
	}

	/**
	 * The checksum, always of the upgrade: an upgrade step's operations, recorded once for both
	 * running and checksumming it, else the upgrade recorded apart.
	 */
	private String checksum(Step step, List<Operation> operations) {
		List<Operation> upgrade = (step.direction() == Direction.UPGRADE) ? operations
				: operations(step.revision(), Direction.UPGRADE);
		return this.checksums.checksum(upgrade);
	}

	/**
	 * How many statements of a step that stopped part-way to pass over: those it completed,
	 * and the one it stopped at when the operator says to skip it. That statement runs again
	 * only when the database is known to have undone all of it, or the operator says so.
	 */
	private int statementsToSkip(Step step, List<Operation> operations, UnfinishedStep resume,
			InterruptedStatement interrupted) {
		int done = resume.statementsDone();
		Statements statements = new Statements(operations);
		for (int i = 0; i < done && statements.hasNext(); i++) {
			statements.next();
		}
		if (!statements.hasNext()) {
			if (interrupted != null) {
				throw new RetortException("The " + direction(step) + " of revision " + step.revision().id()
						+ " stopped after its last statement, before recording its end: there is no statement to "
						+ interrupted.name().toLowerCase(Locale.ROOT) + ". Leave out --"
						+ interrupted.name().toLowerCase(Locale.ROOT) + "-statement.");
			}
			// Nothing runs again: the step is only recorded
			return done;
		}
		if (interrupted == InterruptedStatement.SKIP) {
			return done + 1;
		}
		if (interrupted == InterruptedStatement.RERUN) {
			return done;
		}
		RenderedStep stoppedAt = statements.next();
		if (!this.platform.isAtomic(statements.operation(), stoppedAt)) {
			throw new UnfinishedStepException(resume, mayHavePartlyApplied(step, resume, stoppedAt));
		}
		return done;
	}

	private static String mayHavePartlyApplied(Step step, UnfinishedStep resume, RenderedStep stoppedAt) {
		String id = step.revision().id();
		String verb = direction(step);
		int number = resume.statementsDone() + 1;
		return "The " + verb + " of revision " + id + " stopped at its statement " + number + " ("
				+ stoppedAt.describe() + ")" + ((resume.error() != null) ? ", failing with: " + resume.error()
						: ", when its process died")
				+ ". That statement may have partly applied (Java code in auto-commit, or SQL that this database does"
				+ " not undo as a whole), so Retort does not run it again unasked. Check its effects, then either run"
				+ " 'retort " + verb + " " + target(step) + " --rerun-statement' to run it again, or 'retort " + verb
				+ " " + target(step) + " --skip-statement' to count it done and go on after it; or repair by hand"
				+ " and 'retort stamp' the revision the database is really at.";
	}

	private static String target(Step step) {
		return UnfinishedStep.resumingTarget(step.revision().id(), step.direction());
	}

	/**
	 * Runs a transactional step; one that failed because a statement's wait for a lock ran out
	 * left nothing behind and runs again, whole, after a pause. Not so in one transaction for the
	 * whole run, whose earlier steps the failure rolled back too.
	 */
	private void runInTransactionWaiting(Step step, List<Operation> operations, String checksum, long started,
			boolean commit, AppliedDigest digest) {
		for (int attempt = 1;; attempt++) {
			try {
				runInTransaction(step, operations, checksum, started, commit, digest);
				return;
			}
			catch (StepFailedException ex) {
				if (!commit || !(ex.getCause() instanceof SQLException failure) || !mayTryAgain(failure, attempt)) {
					throw ex;
				}
				pause(step, "revision", failure, attempt + 1);
			}
		}
	}

	private void runInTransaction(Step step, List<Operation> operations, String checksum, long started,
			boolean commit, AppliedDigest digest) {
		int done = 0;
		RenderedStep current = null;
		try {
			this.connection.setAutoCommit(false);
			// The last statement may travel to the database with the bookkeeping, in one round trip
			RenderedStep.Sql last = null;
			for (Statements statements = new Statements(operations); statements.hasNext();) {
				current = statements.next();
				if (statements.renderedAll() && this.books.canCarry(current)) {
					last = (RenderedStep.Sql) current;
				}
				else {
					execute(current);
					done++;
				}
			}
			this.books.recordStep(last, step, direction(step), checksum, (last != null) ? done + 1 : done,
					elapsed(started), digest);
			if (commit) {
				this.connection.commit();
			}
		}
		catch (SQLException | RuntimeException | Error ex) {
			rollback();
			recordFailure(step, checksum, started, ex);
			throw failure(step, done, current, ex, true);
		}
	}

	private void rollback() {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			logger.warn("Rolling back the failed revision failed too: {}", ex.getMessage());
		}
	}

	/**
	 * After a rollback: the failure gets a row of its own, so that it stays visible, which says
	 * that nothing of the step stayed.
	 */
	private void recordFailure(Step step, String checksum, long started, Throwable error) {
		try {
			this.books.insertHistory(step.revision().id(), direction(step), checksum, step.revision().fingerprint(),
					HistoryRow.ROLLED_BACK, 0, elapsed(started), message(error), null);
			this.connection.commit();
		}
		catch (SQLException ex) {
			logger.warn("Could not record the failure of {} in the history table: {}", step.revision().id(),
					ex.getMessage());
		}
	}

	private void runStatementByStatement(Step step, List<Operation> operations, String checksum, long started,
			UnfinishedStep resume, int skip, AppliedDigest digest) {
		if (resume != null && !checksum.equals(resume.checksum())
				&& !this.checksums.matches(resume.checksum(), step.revision().newMigration()::upgrade)) {
			logger.warn("Revision {} changed since it stopped after statement {}; resuming after that statement",
					step.revision().id(), skip);
		}
		int done = 0;
		RenderedStep current = null;
		long historyId = -1;
		Timestamp startedAt = new Timestamp(System.currentTimeMillis());
		try {
			this.connection.setAutoCommit(true);
			if (!this.diesWithProcess) {
				historyId = this.books.insertHistory(step.revision().id(), direction(step), checksum,
						step.revision().fingerprint(), HistoryRow.RUNNING, skip, null, null, null);
			}
			if (skip > 0) {
				logger.info("Resuming {} {} after statement {}", direction(step), step.revision().id(), skip);
			}
			for (Statements statements = new Statements(operations); statements.hasNext();) {
				current = statements.next();
				boolean ran = done >= skip;
				if (ran) {
					executeWaiting(step, statements.operation(), current, done + 1);
				}
				done++;
				// After the last statement the completion below records the count, with the outcome
				if (ran && historyId >= 0 && statements.hasNext()) {
					this.books.progress(historyId, done);
				}
			}
			current = null;
			if (this.diesWithProcess) {
				this.books.recordLater(step, direction(step), checksum, done, elapsed(started), digest, startedAt);
				return;
			}
			this.connection.setAutoCommit(false);
			this.books.moveHeads(step);
			this.books.finish(historyId, HistoryRow.SUCCESS, done, elapsed(started), checksum, null, digest);
			// Going back to auto-commit commits the transaction (JDBC's rule): a commit() before it
			// would cost H2 a second COMMIT for each revision
			this.connection.setAutoCommit(true);
		}
		catch (SQLException | RuntimeException | Error ex) {
			rollback();
			int completed = Math.max(done, skip);
			try {
				this.connection.setAutoCommit(true);
				if (historyId >= 0) {
					this.books.finish(historyId, HistoryRow.FAILED, completed, elapsed(started), checksum,
							message(ex), null);
				}
				else if (this.diesWithProcess) {
					// The steps before this one first, so that the version table shows where it failed
					this.books.flush();
					this.books.insertHistory(step.revision().id(), direction(step), checksum,
							step.revision().fingerprint(), HistoryRow.FAILED, completed, elapsed(started), message(ex),
							null);
				}
			}
			catch (SQLException recording) {
				logger.warn("Could not record the failure of {}: {}", step.revision().id(), recording.getMessage());
			}
			throw failure(step, completed, current, ex, false);
		}
	}

	/**
	 * The operations' statements in order, each operation rendered only once the statements
	 * before it ran, because a renderer may read the live schema as they left it. Asking
	 * whether there is a next statement renders the next operation.
	 */
	private final class Statements implements Iterator<RenderedStep> {

		private final Iterator<Operation> operations;

		private Iterator<RenderedStep> rendered = Collections.emptyIterator();

		/** The operation being rendered. */
		private Operation rendering;

		/** The operation of the statement returned last. */
		private Operation returned;

		Statements(List<Operation> operations) {
			this.operations = operations.iterator();
		}

		@Override
		public boolean hasNext() {
			while (!this.rendered.hasNext() && this.operations.hasNext()) {
				this.rendering = this.operations.next();
				this.rendered = StepRunner.this.renderer.render(this.rendering, StepRunner.this.context).iterator();
			}
			return this.rendered.hasNext();
		}

		@Override
		public RenderedStep next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			this.returned = this.rendering;
			return this.rendered.next();
		}

		/** What the statement returned last was rendered from. */
		Operation operation() {
			return this.returned;
		}

		/**
		 * Whether the statement returned last is the last of the last operation, told without
		 * rendering anything (a later operation may still render nothing).
		 */
		boolean renderedAll() {
			return !this.rendered.hasNext() && !this.operations.hasNext();
		}

	}

	/**
	 * Runs a statement in auto-commit; one whose wait for a lock ran out, having done nothing
	 * (the database undoes such a statement whole), runs again after a pause.
	 */
	private void executeWaiting(Step step, Operation operation, RenderedStep statement, int number)
			throws SQLException {
		for (int attempt = 1;; attempt++) {
			try {
				execute(statement);
				return;
			}
			catch (SQLException ex) {
				if (!mayTryAgain(ex, attempt) || !this.platform.isAtomic(operation, statement)) {
					throw ex;
				}
				pause(step, "statement " + number + " (" + statement.describe() + ")", ex, attempt + 1);
			}
		}
	}

	private boolean mayTryAgain(SQLException failure, int attempt) {
		return this.lockWaits.timeout() != null && this.platform.isLockNotGranted(failure)
				&& attempt <= this.lockWaits.retries();
	}

	private void pause(Step step, String what, SQLException failure, int nextAttempt) {
		Duration pause = this.lockWaits.pauseBefore(nextAttempt);
		logger.warn("The {} of revision {}: {} waited longer than {} for a lock another session holds ({});"
				+ " trying again in {} (attempt {} of {})", direction(step), step.revision().id(), what,
				this.lockWaits.timeout(), message(failure), pause, nextAttempt, this.lockWaits.retries() + 1);
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetortException("Interrupted while waiting to try revision " + step.revision().id()
					+ " again; nothing more of it ran", ex);
		}
	}

	private void execute(RenderedStep rendered) throws SQLException {
		if (rendered instanceof RenderedStep.Sql sql) {
			if (this.statement == null) {
				this.statement = this.connection.createStatement();
			}
			this.statement.execute(sql.sql());
		}
		else if (rendered instanceof RenderedStep.Batch batch) {
			// In auto-commit the rows go in one transaction of their own, so that where the
			// table's engine rolls back, a failure keeps none of them
			boolean autoCommit = this.connection.getAutoCommit();
			this.connection.setAutoCommit(false);
			try (PreparedStatement statement = this.connection.prepareStatement(batch.sql())) {
				for (List<Object> row : batch.rows()) {
					for (int i = 0; i < row.size(); i++) {
						statement.setObject(i + 1, row.get(i));
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
			catch (SQLException | RuntimeException ex) {
				if (autoCommit) {
					this.connection.rollback();
				}
				throw ex;
			}
			finally {
				// Going back to auto-commit commits the rows (JDBC's rule)
				this.connection.setAutoCommit(autoCommit);
			}
		}
		else if (rendered instanceof RenderedStep.JdbcCallback callback) {
			callback.callback().doInConnection(this.connection);
		}
	}

	private StepFailedException failure(Step step, int done, RenderedStep statement, Throwable error,
			boolean transactional) {
		if (error instanceof VirtualMachineError fatal) {
			throw fatal;
		}
		RevisionScript revision = step.revision();
		String what = direction(step) + " of revision " + revision.id() + " (" + revision.message() + ")";
		String where = (statement != null) ? " failed at statement " + (done + 1) + ": " + statement.describe()
				: " failed";
		String advice = (error instanceof SQLException sql) ? advice(sql, transactional) : null;
		String outcome;
		if (transactional) {
			outcome = " Nothing of it was kept: the database is still at " + describe(step.headsBefore()) + ". "
					+ ((advice != null) ? advice : "Fix the revision and run " + direction(step) + " again.");
		}
		else {
			outcome = " The " + done + " statement(s) before it are applied and recorded (this database commits DDL"
					+ " as it goes); the database is recorded at " + describe(step.headsBefore()) + ". Ways out: fix"
					+ " the revision and run 'retort " + direction(step) + " " + target(step) + "' again, which resumes"
					+ " after statement " + done
					+ "; or undo those statements by hand and run it again from the start after"
					+ " 'retort stamp " + describe(step.headsBefore()) + "'; or finish them by hand and"
					+ " 'retort stamp " + revision.id() + "'." + ((advice != null) ? " " + advice : "");
		}
		return new StepFailedException(what + where + ": " + message(error) + "." + outcome, error);
	}

	private String advice(SQLException error, boolean transactional) {
		if (this.lockWaits.timeout() != null && this.platform.isLockNotGranted(error)) {
			return "Another session held a lock the statement needs for longer than retort.ddl-lock-timeout ("
					+ this.lockWaits.timeout() + "), at each of " + (this.lockWaits.retries() + 1) + " attempts: find"
					+ " the long transaction that holds it, or run the migration when traffic is low, or raise"
					+ " retort.ddl-lock-timeout or retort.ddl-lock-retries.";
		}
		if (this.statementTimeout != null && this.platform.isStatementTimedOut(error)) {
			return "The statement ran longer than retort.statement-timeout (" + this.statementTimeout + ") and the"
					+ " database cancelled it: raise retort.statement-timeout for this revision's run, or split the"
					+ " work (a data change in batches, an index built concurrently).";
		}
		return this.platform.adviceOn(error, transactional);
	}

	private static String describe(java.util.Set<String> heads) {
		return heads.isEmpty() ? "base" : String.join(" ", heads);
	}

	private static String direction(Step step) {
		return step.direction().name().toLowerCase(Locale.ROOT);
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	private static String message(Throwable error) {
		String message = error.getMessage();
		return (message != null) ? message.strip() : error.getClass().getSimpleName();
	}

	/**
	 * Writes the books of the steps that ran and are not recorded yet (on a database in this
	 * process's memory, see {@link MigrationTables.Bookkeeping#recordLater}).
	 * @throws RetortException naming those revisions if they could not be recorded
	 */
	void flush() {
		try {
			this.books.flush();
		}
		catch (SQLException ex) {
			throw new RetortException("Revisions " + String.join(", ", this.books.unwrittenRevisions())
					+ " ran, but recording them failed: " + message(ex) + ". The version table still shows where"
					+ " the database was before them; this database lives in this process's memory, so start"
					+ " it afresh (or stamp it to the last of them) before running again.", ex);
		}
	}

	/**
	 * Writes what {@link #flush} has not (a run ended by an error that is not a step's failure)
	 * and closes the statements the run prepared; the connection stays open.
	 */
	@Override
	public void close() throws SQLException {
		try (MigrationTables.Bookkeeping books = this.books) {
			books.flush();
			if (this.statement != null) {
				this.statement.close();
			}
		}
	}

}
