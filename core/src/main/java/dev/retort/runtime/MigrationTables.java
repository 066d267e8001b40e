package dev.retort.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

	private final RetortSettings settings;

	private final Supplier<SqlRenderer> renderer;

	private final String version;

	private final String history;

	/** Set once {@link #create} has made sure of both tables: no need to ask the catalog again. */
	private boolean created;

	/**
	 * Whether the history table has the {@code fingerprint} column, which tables created before
	 * it lack until {@link #create} adds it; {@code null} until the catalog was asked.
	 */
	private Boolean fingerprintColumn;

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

	/** Creates the tables that are missing (the caller holds the migration lock). */
	void create(Connection connection) throws SQLException {
		if (!exists(connection, this.settings.schema(), this.settings.versionTable())) {
			execute(connection, versionTableDdl(), RenderContext.online(connection, this.settings.schema()));
		}
		Set<String> historyColumns = columns(connection, this.settings.schema(), this.settings.historyTable());
		if (historyColumns.isEmpty()) {
			execute(connection, historyTableDdl(), RenderContext.online(connection, this.settings.schema()));
		}
		else if (!historyColumns.contains(FINGERPRINT)) {
			execute(connection, OperationRecorder.record((op) -> schema(op).addColumn(this.settings.historyTable(),
					column(FINGERPRINT, string(64)))), RenderContext.online(connection, this.settings.schema()));
		}
		this.fingerprintColumn = true;
		this.created = true;
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
				column("statements_done", integer()).notNull(), column("error", text())));
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

	/**
	 * Whether a table exists, asked of the catalog: the name as given, and as the database folds
	 * unquoted names. A query on a missing table would do too, but drivers log its error.
	 */
	static boolean exists(Connection connection, String schema, String table) throws SQLException {
		return !columns(connection, schema, table).isEmpty();
	}

	/**
	 * The columns of a table, lower-cased, asked of the catalog; none when the table does not
	 * exist. The name is tried as given, and as the database folds unquoted names.
	 */
	static Set<String> columns(Connection connection, String schema, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		boolean catalogs = metaData.supportsCatalogsInTableDefinitions() && !metaData.supportsSchemasInTableDefinitions();
		String owner = (schema != null) ? schema : (catalogs ? connection.getCatalog() : connection.getSchema());
		Set<String> columns = new LinkedHashSet<>();
		for (String name : new LinkedHashSet<>(List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)))) {
			try (ResultSet rows = catalogs ? metaData.getColumns(owner, null, name, null)
					: metaData.getColumns(null, owner, name, null)) {
				while (rows.next()) {
					columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			if (!columns.isEmpty()) {
				return columns;
			}
		}
		return columns;
	}

	/** The current heads; none when the version table does not exist yet. */
	Set<String> heads(Connection connection) throws SQLException {
		String query = "select version_num from " + this.version;
		Set<String> heads = new LinkedHashSet<>();
		if (!this.created && !queryWithoutCatalog(connection)
				&& !exists(connection, this.settings.schema(), this.settings.versionTable())) {
			return heads;
		}
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				heads.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			if (this.created || exists(connection, this.settings.schema(), this.settings.versionTable())) {
				throw ex;
			}
		}
		return heads;
	}

	/**
	 * Whether to query a table without first asking the catalog whether it is there: in
	 * auto-commit, where a failed statement costs nothing but itself (within a PostgreSQL
	 * transaction it would abort the transaction). The catalog's questions are the slowest part of
	 * a start-up with nothing to do, and they are needed only when the query fails: on a database
	 * Retort has not migrated yet.
	 */
	private static boolean queryWithoutCatalog(Connection connection) throws SQLException {
		return connection.getAutoCommit();
	}

	/** Every history row, oldest first; none when the table does not exist yet. */
	List<HistoryRow> history(Connection connection) throws SQLException {
		List<HistoryRow> rows = new ArrayList<>();
		if (this.fingerprintColumn == null && queryWithoutCatalog(connection)) {
			try {
				readHistory(connection, FINGERPRINT, rows);
				this.fingerprintColumn = true;
				return rows;
			}
			catch (SQLException ex) {
				rows.clear();
			}
		}
		if (this.fingerprintColumn == null) {
			Set<String> columns = columns(connection, this.settings.schema(), this.settings.historyTable());
			if (columns.isEmpty()) {
				return rows;
			}
			this.fingerprintColumn = columns.contains(FINGERPRINT);
		}
		readHistory(connection, this.fingerprintColumn ? FINGERPRINT : "null", rows);
		return rows;
	}

	private void readHistory(Connection connection, String fingerprint, List<HistoryRow> rows) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select id, revision, direction, checksum, " + fingerprint
						+ ", started_at, duration_ms, outcome, statements_done, error from " + this.history
						+ " order by id")) {
			while (result.next()) {
				Timestamp startedAt = result.getTimestamp(6);
				long duration = result.getLong(7);
				Long durationMs = result.wasNull() ? null : duration;
				rows.add(new HistoryRow(result.getLong(1), result.getString(2), result.getString(3),
						result.getString(4), result.getString(5), (startedAt != null) ? startedAt.toInstant() : null,
						durationMs, result.getString(8), result.getInt(9), result.getString(10)));
			}
		}
	}

	/**
	 * Moves the version table along one step: an update where one head replaces another, else
	 * deletes and inserts. Each update or delete must touch exactly one row; anything else means
	 * the table changed under us, and the step fails rather than record a wrong state.
	 */
	void moveHeads(Connection connection, Step step) throws SQLException {
		List<String> deleted = new ArrayList<>(step.deletedHeads());
		List<String> inserted = new ArrayList<>(step.insertedHeads());
		if (deleted.size() == 1 && inserted.size() == 1) {
			update(connection, "update " + this.version + " set version_num = ? where version_num = ?", inserted.get(0),
					deleted.get(0));
			return;
		}
		for (String head : deleted) {
			update(connection, "delete from " + this.version + " where version_num = ?", head);
		}
		for (String head : inserted) {
			update(connection, "insert into " + this.version + " (version_num) values (?)", head);
		}
	}

	/** Replaces the version table's rows with the given heads. */
	void replaceHeads(Connection connection, Set<String> heads) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("delete from " + this.version);
		}
		for (String head : heads) {
			update(connection, "insert into " + this.version + " (version_num) values (?)", head);
		}
	}

	private void update(Connection connection, String sql, String... values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setString(i + 1, values[i]);
			}
			int count = statement.executeUpdate();
			if (count != 1) {
				throw new SQLException("Expected to change one row of " + this.version + " with [" + sql + "] "
						+ String.join(", ", values) + " but changed " + count
						+ "; another process changed the version table during the migration");
			}
		}
	}

	/**
	 * Writes a new history row and returns its id. Ids follow the largest, under the lock: read
	 * once per command, then counted on (a row rolled back leaves a gap, which orders the same).
	 */
	long insertHistory(Connection connection, String revision, String direction, String checksum, String fingerprint,
			String outcome, int statementsDone, Long durationMs, String error) throws SQLException {
		if (this.nextHistoryId < 0) {
			try (Statement statement = connection.createStatement();
					ResultSet max = statement.executeQuery("select max(id) from " + this.history)) {
				max.next();
				this.nextHistoryId = max.getLong(1) + 1;
			}
			this.userName = connection.getMetaData().getUserName();
		}
		long id = this.nextHistoryId++;
		try (PreparedStatement statement = connection.prepareStatement("insert into " + this.history
				+ " (id, revision, direction, checksum, fingerprint, started_at, duration_ms, db_user, outcome,"
				+ " statements_done, error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			statement.setLong(1, id);
			statement.setString(2, revision);
			statement.setString(3, direction);
			statement.setString(4, checksum);
			statement.setString(5, fingerprint);
			statement.setTimestamp(6, new Timestamp(System.currentTimeMillis()));
			statement.setObject(7, durationMs);
			statement.setString(8, this.userName);
			statement.setString(9, outcome);
			statement.setInt(10, statementsDone);
			statement.setString(11, error);
			statement.executeUpdate();
		}
		return id;
	}

	/** Records how far a running step got. */
	void progress(Connection connection, long id, int statementsDone) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("update " + this.history + " set statements_done = ? where id = ?")) {
			statement.setInt(1, statementsDone);
			statement.setLong(2, id);
			statement.executeUpdate();
		}
	}

	/** Ends a step's row with its outcome. */
	void finish(Connection connection, long id, String outcome, int statementsDone, long durationMs, String checksum,
			String error) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("update " + this.history
				+ " set outcome = ?, statements_done = ?, duration_ms = ?, checksum = ?, error = ? where id = ?")) {
			statement.setString(1, outcome);
			statement.setInt(2, statementsDone);
			statement.setLong(3, durationMs);
			statement.setString(4, checksum);
			statement.setString(5, error);
			statement.setLong(6, id);
			statement.executeUpdate();
		}
	}

}
