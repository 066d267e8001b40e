package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.retort.Operations;
import dev.retort.ddl.Identifiers;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.platform.TableProbe;
import dev.retort.script.Step;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.text;
import static dev.retort.operations.types.Types.timestamp;

/**
 * Retort's own tables: the version table (one row per current head, as Alembic's
 * {@code alembic_version}) and the history table (one row per step). Their DDL goes through the
 * same renderers as the revisions'; every value travels as a JDBC parameter.
 */
final class MigrationTables {

	private static final String FINGERPRINT = "fingerprint";

	private static final String APPLIED_DIGEST = "applied_digest";

	/**
	 * The history table's columns that came after its first version, in the order they came:
	 * a table created before them lacks them until {@link #create} adds them under the lock.
	 */
	private static final List<String> LATER_COLUMNS = List.of(FINGERPRINT, APPLIED_DIGEST);

	private final RetortSettings settings;

	private final Supplier<SqlRenderer> renderer;

	private final String version;

	private final String history;

	private final String moveVersionSql;

	private final String deleteVersionSql;

	private final String insertVersionSql;

	private final String insertHistorySql;

	private final String progressSql;

	private final String finishSql;

	/** What this command has learned of the tables so far. */
	private Known known = Known.NOTHING;

	/** The id of the next history row, once read: the lock keeps other writers out. */
	private long nextHistoryId = -1;

	private String userName;

	/**
	 * @param renderer the database's renderer, asked for only when a table is created, or when
	 * a name Retort has not chosen itself needs quoting
	 */
	MigrationTables(RetortSettings settings, Supplier<SqlRenderer> renderer) {
		this.settings = settings;
		this.renderer = renderer;
		this.version = qualified(settings.versionTable());
		this.history = qualified(settings.historyTable());
		this.moveVersionSql = "update " + this.version + " set version_num = ? where version_num = ?";
		this.deleteVersionSql = "delete from " + this.version + " where version_num = ?";
		this.insertVersionSql = "insert into " + this.version + " (version_num) values (?)";
		this.insertHistorySql = "insert into " + this.history + " (id, revision, direction, checksum, fingerprint,"
				+ " started_at, duration_ms, db_user, outcome, statements_done, error, applied_digest)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		this.progressSql = "update " + this.history + " set statements_done = ? where id = ?";
		this.finishSql = "update " + this.history + " set outcome = ?, statements_done = ?, duration_ms = ?,"
				+ " checksum = ?, error = ?, applied_digest = ? where id = ?";
	}

	/**
	 * A table's name as SQL. Retort's default names are plain lower-case words that no database
	 * reserves, which every renderer writes as they are: knowing it spares a start-up with
	 * nothing to do resolving Hibernate's dialect (hundreds of classes and two queries) just to
	 * quote them. Other names, and a schema, go through the renderer's rules.
	 */
	private String qualified(String table) {
		if (this.settings.schema() == null && (table.equals(RetortSettings.DEFAULT_VERSION_TABLE)
				|| table.equals(RetortSettings.DEFAULT_HISTORY_TABLE))) {
			return table;
		}
		Identifiers identifiers = this.renderer.get().identifiers();
		return identifiers.qualified(new ObjectName(this.settings.schema(), table), null);
	}

	/** The version table's name as SQL. */
	String versionTable() {
		return this.version;
	}

	/**
	 * Creates the tables that are missing (the caller holds the migration lock). Each is looked
	 * for with a query, as {@link #heads} and {@link #history} do, and the catalog asked only when
	 * the query fails for another reason than the table's absence: the catalog's questions cost
	 * a command on PostgreSQL several milliseconds each.
	 */
	void create(Connection connection) throws SQLException {
		boolean versionCreated = !TableProbe.exists(connection, this.settings.schema(), this.settings.versionTable(),
				this.version);
		if (versionCreated) {
			execute(connection, versionTableDdl(), RenderContext.online(connection, this.settings.schema()));
		}
		if (this.known.laterColumns() == null) {
			// Reading the last row learns whether the table is there, and which later columns it has
			lastHistoryRow(connection);
		}
		boolean historyCreated = (this.known.laterColumns() == null);
		if (historyCreated) {
			execute(connection, historyTableDdl(), RenderContext.online(connection, this.settings.schema()));
		}
		else {
			for (String later : LATER_COLUMNS) {
				if (!this.known.laterColumns().contains(later)) {
					execute(connection, OperationRecorder.record((op) -> schema(op).addColumn(this.settings.historyTable(),
							column(later, string(64)))), RenderContext.online(connection, this.settings.schema()));
				}
			}
		}
		this.known = Known.ensured(versionCreated, historyCreated);
	}

	/** The version table's DDL: {@code version_num varchar(64)}, the primary key. */
	List<Operation> versionTableDdl() {
		return OperationRecorder.record((op) -> schema(op).createTable(this.settings.versionTable(),
				column("version_num", string(64)).primaryKey()));
	}

	private List<Operation> historyTableDdl() {
		return OperationRecorder.record((op) -> schema(op).createTable(this.settings.historyTable(),
				column("id", bigint()).primaryKey(), column("revision", string(64)).notNull(),
				column("direction", string(16)).notNull(), column("checksum", string(64)), column(FINGERPRINT, string(64)),
				column("started_at", timestamp()).notNull(), column("duration_ms", bigint()),
				column("db_user", string(128)), column("outcome", string(16)).notNull(),
				column("statements_done", integer()).notNull(), column("error", text()), column(APPLIED_DIGEST, string(64))));
	}

	private Operations schema(Operations op) {
		return (this.settings.schema() != null) ? op.inSchema(this.settings.schema()) : op;
	}

	private void execute(Connection connection, List<Operation> operations, RenderContext context) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Operation operation : operations) {
				for (RenderedStep step : this.renderer.get().render(operation, context)) {
					statement.execute(((RenderedStep.Sql) step).sql());
				}
			}
		}
	}

	/** The current heads; none when the version table does not exist yet. */
	Set<String> heads(Connection connection) throws SQLException {
		if (this.known.empty()) {
			return new LinkedHashSet<>();
		}
		if (!this.known.ensured() && !TableProbe.queryWithoutCatalog(connection)
				&& !TableProbe.inCatalog(connection, this.settings.schema(), this.settings.versionTable())) {
			return new LinkedHashSet<>();
		}
		try {
			return readHeads(connection);
		}
		catch (SQLException ex) {
			if (this.known.ensured()) {
				throw ex;
			}
			if (TableProbe.isMissingTable(ex)) {
				return new LinkedHashSet<>();
			}
			// Missing when queried, there now: another instance created it in between
			if (TableProbe.inCatalog(connection, this.settings.schema(), this.settings.versionTable())) {
				return readHeads(connection);
			}
			return new LinkedHashSet<>();
		}
	}

	private Set<String> readHeads(Connection connection) throws SQLException {
		Set<String> heads = new LinkedHashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select version_num from " + this.version)) {
			while (rows.next()) {
				heads.add(rows.getString(1));
			}
		}
		return heads;
	}

	/** Every history row, oldest first; none when the table does not exist yet. */
	List<HistoryRow> history(Connection connection) throws SQLException {
		return history(connection, true);
	}

	/**
	 * Every history row, oldest first, without when each step started and how long it took:
	 * what the checks before and under the lock need. Drivers parse timestamps slowly enough
	 * (PostgreSQL's above all) that a thousand of them are a good part of a start-up with nothing
	 * to do.
	 */
	List<HistoryRow> historyWithoutTimes(Connection connection) throws SQLException {
		return history(connection, false);
	}

	/**
	 * Whether a row shows a step {@code RUNNING} or {@code FAILED} that no later row settled
	 * (a success of the same step, or a stamp): the question {@link StepJournal} answers, asked
	 * of the database, so that a start-up with nothing to do reads one number rather than the
	 * whole history. Such a row can stand before the last only in a history an earlier Retort
	 * wrote, which let other steps run past an unfinished one.
	 */
	boolean hasUnsettledRows(Connection connection) throws SQLException {
		String sql = "select 1 from " + this.history + " f where f.outcome in ('RUNNING', 'FAILED') and not exists"
				+ " (select 1 from " + this.history + " s where s.id > f.id and (s.direction = 'stamp' or"
				+ " (s.revision = f.revision and s.direction = f.direction and s.outcome = 'SUCCESS')))";
		try (Statement statement = connection.createStatement()) {
			statement.setMaxRows(1);
			try (ResultSet rows = statement.executeQuery(sql)) {
				return rows.next();
			}
		}
	}

	/**
	 * The last history row, without times, or {@code null} when there is none: all that a
	 * start-up with nothing to do needs to see that no step stopped half-way and, through its
	 * {@link HistoryRow#appliedDigest() digest}, that the applied revisions are the ones verified.
	 */
	HistoryRow lastHistoryRow(Connection connection) throws SQLException {
		List<HistoryRow> rows = history(connection, false, true);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private List<HistoryRow> history(Connection connection, boolean withTimes) throws SQLException {
		return history(connection, withTimes, false);
	}

	private List<HistoryRow> history(Connection connection, boolean withTimes, boolean lastOnly) throws SQLException {
		List<HistoryRow> rows = new ArrayList<>();
		if (this.known.empty()) {
			return rows;
		}
		if (this.known.laterColumns() == null && TableProbe.queryWithoutCatalog(connection)) {
			try {
				readHistory(connection, LATER_COLUMNS, withTimes, lastOnly, rows);
				this.known = this.known.withLaterColumns(LATER_COLUMNS);
				return rows;
			}
			catch (SQLException ex) {
				rows.clear();
				if (TableProbe.isMissingTable(ex)) {
					return rows;
				}
			}
		}
		if (this.known.laterColumns() == null) {
			Set<String> columns = TableProbe.columns(connection, this.settings.schema(), this.settings.historyTable());
			if (columns.isEmpty()) {
				return rows;
			}
			List<String> present = new ArrayList<>(LATER_COLUMNS);
			present.retainAll(columns);
			this.known = this.known.withLaterColumns(List.copyOf(present));
		}
		readHistory(connection, this.known.laterColumns(), withTimes, lastOnly, rows);
		return rows;
	}

	private void readHistory(Connection connection, List<String> laterColumns, boolean withTimes, boolean lastOnly,
			List<HistoryRow> rows) throws SQLException {
		String times = withTimes ? "started_at, duration_ms" : "null, null";
		String sql = "select id, revision, direction, checksum, " + orNull(laterColumns, FINGERPRINT) + ", " + times
				+ ", outcome, statements_done, error, " + orNull(laterColumns, APPLIED_DIGEST) + " from " + this.history
				+ " order by id" + (lastOnly ? " desc" : "");
		try (Statement statement = connection.createStatement()) {
			if (lastOnly) {
				statement.setMaxRows(1);
			}
			try (ResultSet result = statement.executeQuery(sql)) {
				while (result.next()) {
					Timestamp startedAt = result.getTimestamp(6);
					long duration = result.getLong(7);
					Long durationMs = result.wasNull() ? null : duration;
					rows.add(new HistoryRow(result.getLong(1), result.getString(2), result.getString(3),
							result.getString(4), result.getString(5), (startedAt != null) ? startedAt.toInstant() : null,
							durationMs, result.getString(8), result.getInt(9), result.getString(10),
							result.getString(11)));
				}
			}
		}
	}

	private static String orNull(List<String> present, String column) {
		return present.contains(column) ? column : "null";
	}

	/** Replaces the version table's rows with the given heads. */
	void replaceHeads(Connection connection, Set<String> heads) throws SQLException {
		this.known = this.known.written();
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("delete from " + this.version);
		}
		try (Bookkeeping books = bookkeeping(connection)) {
			for (String head : heads) {
				books.change(new VersionChange(this.insertVersionSql, head));
			}
		}
	}

	/** Writes one history row on its own, as {@link Bookkeeping#insertHistory}. */
	long insertHistory(Connection connection, String revision, String direction, String checksum, String fingerprint,
			String outcome, int statementsDone, Long durationMs, String error, AppliedDigest digest)
			throws SQLException {
		try (Bookkeeping books = bookkeeping(connection)) {
			return books.insertHistory(revision, direction, checksum, fingerprint, outcome, statementsDone, durationMs,
					error, digest);
		}
	}

	/** The statements that record steps on the connection, each prepared once: close it after the last step. */
	Bookkeeping bookkeeping(Connection connection) {
		// Every write goes through it: from here on the tables may hold rows
		this.known = this.known.written();
		return new Bookkeeping(connection);
	}

	/**
	 * The statements a step runs on the version and history tables, prepared on first use and
	 * reused by every later step of the command: H2 parses every statement it is given, which
	 * costs as much as the small DDL around it, and a PostgreSQL statement executed a few times
	 * is kept parsed on the server.
	 */
	final class Bookkeeping implements AutoCloseable {

		/** The PostgreSQL driver's name, which sends all the parts of a multi-statement prepared statement at once. */
		private static final String PGJDBC = "PostgreSQL JDBC Driver";

		private final Connection connection;

		/** By their SQL. */
		private final Map<String, PreparedStatement> prepared = new HashMap<>();

		private Boolean oneRoundTrip;

		/** Steps that ran, whose books {@link #flush} is to write. */
		private final List<UnwrittenStep> unwritten = new ArrayList<>();

		private Bookkeeping(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Moves the version table along one step: an update where one head replaces another,
		 * else deletes and inserts. Each must touch exactly one row; anything else means the
		 * table changed under us, and the step fails rather than record a wrong state.
		 */
		void moveHeads(Step step) throws SQLException {
			for (VersionChange change : versionChanges(step)) {
				change(change);
			}
		}

		private List<VersionChange> versionChanges(Step step) {
			// A step along a line of revisions, the usual case, moves its one head: without the
			// sorted sets of the general case below, which each step of an upgrade would build
			if (step.headsBefore().size() == 1 && step.headsAfter().size() == 1) {
				String from = step.headsBefore().iterator().next();
				String to = step.headsAfter().iterator().next();
				if (!from.equals(to)) {
					return List.of(new VersionChange(MigrationTables.this.moveVersionSql, to, from));
				}
			}
			Set<String> deleted = step.deletedHeads();
			Set<String> inserted = step.insertedHeads();
			if (deleted.size() == 1 && inserted.size() == 1) {
				return List.of(new VersionChange(MigrationTables.this.moveVersionSql, inserted.iterator().next(),
						deleted.iterator().next()));
			}
			List<VersionChange> changes = new ArrayList<>();
			deleted.forEach((head) -> changes.add(new VersionChange(MigrationTables.this.deleteVersionSql, head)));
			inserted.forEach((head) -> changes.add(new VersionChange(MigrationTables.this.insertVersionSql, head)));
			return changes;
		}

		private void change(VersionChange change) throws SQLException {
			PreparedStatement statement = prepared(change.sql());
			change.bind(statement, 1);
			change.check(statement.executeUpdate());
		}

		/**
		 * Whether {@link #recordStep} can send the statement in the same round trip as the
		 * step's bookkeeping: with pgjdbc, a single plain statement with no {@code ?}, which the
		 * driver would take for a parameter.
		 */
		boolean canCarry(RenderedStep statement) throws SQLException {
			return (statement instanceof RenderedStep.Sql sql) && sendsInOneRoundTrip() && sql.sql().indexOf('?') < 0
					&& sql.sql().indexOf(';') < 0;
		}

		/**
		 * Records a step whose statements ran in the open transaction: moves the version table
		 * and writes its {@code SUCCESS} history row. With pgjdbc they go in one round trip,
		 * after {@code last}, the step's last statement (see {@link #canCarry}), when not
		 * {@code null}: three of a revision's four round trips to PostgreSQL were bookkeeping.
		 */
		void recordStep(RenderedStep.Sql last, Step step, String direction, String checksum, int statementsDone,
				long durationMs, AppliedDigest digest) throws SQLException {
			List<VersionChange> changes = versionChanges(step);
			if (!sendsInOneRoundTrip()) {
				for (VersionChange change : changes) {
					change(change);
				}
				insertHistory(step.revision().id(), direction, checksum, step.revision().fingerprint(),
						HistoryRow.SUCCESS, statementsDone, durationMs, null, digest);
				return;
			}
			List<String> parts = new ArrayList<>();
			if (last != null) {
				parts.add(last.sql());
			}
			changes.forEach((change) -> parts.add(change.sql()));
			parts.add(MigrationTables.this.insertHistorySql);
			// Each part on lines of its own: a statement may end in a line comment
			String sql = String.join("\n;\n", parts);
			// A revision's own statement runs once: only the bookkeeping alone is worth keeping prepared
			PreparedStatement statement = (last != null) ? this.connection.prepareStatement(sql) : prepared(sql);
			try {
				int parameter = 1;
				for (VersionChange change : changes) {
					parameter = change.bind(statement, parameter);
				}
				bindHistory(statement, parameter, nextHistoryId(this.connection), step.revision().id(), direction,
						checksum, step.revision().fingerprint(), now(), HistoryRow.SUCCESS, statementsDone, durationMs,
						null, digest);
				statement.execute();
				if (last != null) {
					statement.getMoreResults();
				}
				for (VersionChange change : changes) {
					change.check(statement.getUpdateCount());
					statement.getMoreResults();
				}
			}
			finally {
				if (last != null) {
					statement.close();
				}
			}
		}

		private boolean sendsInOneRoundTrip() throws SQLException {
			if (this.oneRoundTrip == null) {
				this.oneRoundTrip = PGJDBC.equals(this.connection.getMetaData().getDriverName());
			}
			return this.oneRoundTrip;
		}

		/**
		 * Writes a new history row and returns its id. Ids follow the largest, under the lock:
		 * read once per command, then counted on (a row rolled back leaves a gap, which orders
		 * the same).
		 */
		long insertHistory(String revision, String direction, String checksum, String fingerprint, String outcome,
				int statementsDone, Long durationMs, String error, AppliedDigest digest) throws SQLException {
			long id = nextHistoryId(this.connection);
			PreparedStatement statement = prepared(MigrationTables.this.insertHistorySql);
			bindHistory(statement, 1, id, revision, direction, checksum, fingerprint, now(), outcome, statementsDone,
					durationMs, error, digest);
			statement.executeUpdate();
			return id;
		}

		private void bindHistory(PreparedStatement statement, int first, long id, String revision, String direction,
				String checksum, String fingerprint, Timestamp startedAt, String outcome, int statementsDone,
				Long durationMs, String error, AppliedDigest digest) throws SQLException {
			statement.setLong(first, id);
			statement.setString(first + 1, revision);
			statement.setString(first + 2, direction);
			statement.setString(first + 3, checksum);
			statement.setString(first + 4, fingerprint);
			statement.setTimestamp(first + 5, startedAt);
			statement.setObject(first + 6, durationMs);
			statement.setString(first + 7, MigrationTables.this.userName);
			statement.setString(first + 8, outcome);
			statement.setInt(first + 9, statementsDone);
			statement.setString(first + 10, error);
			statement.setString(first + 11, (digest != null) ? digest.text() : null);
		}

		/**
		 * Keeps the books of a step that ran to its end, to be written by {@link #flush} with
		 * those of the steps after it. Only for a database in this process's memory: a crash
		 * takes it along, so nothing is lost by writing them late, and a failure flushes them
		 * before it is recorded. Each step's own version change and row would otherwise cost it
		 * two statements, which H2 prepares again after every DDL statement, and a commit.
		 */
		void recordLater(Step step, String direction, String checksum, int statementsDone, long durationMs,
				AppliedDigest digest, Timestamp startedAt) {
			this.unwritten.add(new UnwrittenStep(step, direction, checksum, statementsDone, durationMs, digest,
					startedAt));
		}

		/**
		 * Writes the books kept by {@link #recordLater} in one transaction: the version table
		 * moved from where it was before the first of those steps to where the last left it, and
		 * their {@code SUCCESS} history rows in one batch.
		 */
		void flush() throws SQLException {
			if (this.unwritten.isEmpty()) {
				return;
			}
			boolean autoCommit = this.connection.getAutoCommit();
			this.connection.setAutoCommit(false);
			try {
				Step first = this.unwritten.get(0).step();
				Step last = this.unwritten.get(this.unwritten.size() - 1).step();
				moveHeads(new Step(first.revision(), first.direction(), first.headsBefore(), last.headsAfter()));
				PreparedStatement statement = prepared(MigrationTables.this.insertHistorySql);
				for (UnwrittenStep step : this.unwritten) {
					bindHistory(statement, 1, nextHistoryId(this.connection), step.step().revision().id(),
							step.direction(), step.checksum(), step.step().revision().fingerprint(), step.startedAt(),
							HistoryRow.SUCCESS, step.statementsDone(), step.durationMs(), null, step.digest());
					statement.addBatch();
				}
				statement.executeBatch();
				if (!autoCommit) {
					this.connection.commit();
				}
			}
			catch (SQLException ex) {
				this.connection.rollback();
				throw ex;
			}
			finally {
				// Going back to auto-commit commits (JDBC's rule): a commit() before it would be a second
				this.connection.setAutoCommit(autoCommit);
			}
			this.unwritten.clear();
		}

		/** The revisions whose books {@link #flush} has yet to write, in the order they ran. */
		List<String> unwrittenRevisions() {
			return this.unwritten.stream().map((step) -> step.step().revision().id()).toList();
		}

		/** Records how far a running step got. */
		void progress(long id, int statementsDone) throws SQLException {
			PreparedStatement statement = prepared(MigrationTables.this.progressSql);
			statement.setInt(1, statementsDone);
			statement.setLong(2, id);
			statement.executeUpdate();
		}

		/** Ends a step's row with its outcome. */
		void finish(long id, String outcome, int statementsDone, long durationMs, String checksum, String error,
				AppliedDigest digest) throws SQLException {
			PreparedStatement statement = prepared(MigrationTables.this.finishSql);
			statement.setString(1, outcome);
			statement.setInt(2, statementsDone);
			statement.setLong(3, durationMs);
			statement.setString(4, checksum);
			statement.setString(5, error);
			statement.setString(6, (digest != null) ? digest.text() : null);
			statement.setLong(7, id);
			statement.executeUpdate();
		}

		private PreparedStatement prepared(String sql) throws SQLException {
			PreparedStatement statement = this.prepared.get(sql);
			if (statement == null) {
				statement = this.connection.prepareStatement(sql);
				this.prepared.put(sql, statement);
			}
			return statement;
		}

		/** Closes the statements prepared; the first failure is thrown after all were tried. */
		@Override
		public void close() throws SQLException {
			SQLException failure = null;
			for (PreparedStatement statement : this.prepared.values()) {
				try {
					statement.close();
				}
				catch (SQLException ex) {
					failure = (failure != null) ? failure : ex;
				}
			}
			if (failure != null) {
				throw failure;
			}
		}

	}

	/** A step that ran to its end, with what its history row is to say. */
	private record UnwrittenStep(Step step, String direction, String checksum, int statementsDone, long durationMs,
			AppliedDigest digest, Timestamp startedAt) {

	}

	private static Timestamp now() {
		return new Timestamp(System.currentTimeMillis());
	}

	/** A change of the version table that must touch exactly one row. */
	private record VersionChange(String sql, String... heads) {

		/** Binds the heads from the given parameter on, and returns the next parameter's index. */
		int bind(PreparedStatement statement, int first) throws SQLException {
			for (int i = 0; i < this.heads.length; i++) {
				statement.setString(first + i, this.heads[i]);
			}
			return first + this.heads.length;
		}

		void check(int count) throws SQLException {
			if (count != 1) {
				throw new SQLException("Expected to change one row of the version table with [" + this.sql + "] "
						+ String.join(", ", this.heads) + " but changed " + count
						+ "; another process changed the version table during the migration");
			}
		}

	}

	/** The id of the next history row, with the user to record, read on the command's first row. */
	private long nextHistoryId(Connection connection) throws SQLException {
		if (this.nextHistoryId < 0) {
			if (this.known.historyCreated()) {
				// The first row of the table this command made: under the lock, nobody else writes it
				this.nextHistoryId = 1;
			}
			else {
				try (Statement statement = connection.createStatement();
						ResultSet max = statement.executeQuery("select max(id) from " + this.history)) {
					max.next();
					this.nextHistoryId = max.getLong(1) + 1;
				}
			}
			this.userName = connection.getMetaData().getUserName();
		}
		return this.nextHistoryId++;
	}


	/**
	 * What a command has learned of Retort's tables, so that it asks the database once.
	 * @param laterColumns which of the {@link #LATER_COLUMNS} the history table has; {@code null}
	 * until known, from a query that named them all and worked, or from the catalog
	 * @param ensured whether {@link #create} has made sure of both tables: no need to ask the
	 * catalog again
	 * @param historyCreated whether {@link #create} made the history table: its first row's id is 1
	 * @param empty whether {@link #create} made both tables and nothing has written to them since:
	 * reading them is skipped, as on every command's first migration
	 */
	private record Known(List<String> laterColumns, boolean ensured, boolean historyCreated, boolean empty) {

		static final Known NOTHING = new Known(null, false, false, false);

		static Known ensured(boolean versionCreated, boolean historyCreated) {
			return new Known(LATER_COLUMNS, true, historyCreated, versionCreated && historyCreated);
		}

		Known withLaterColumns(List<String> present) {
			return new Known(present, this.ensured, this.historyCreated, this.empty);
		}

		Known written() {
			return this.empty ? new Known(this.laterColumns, this.ensured, this.historyCreated, false) : this;
		}

	}

}
