package dev.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

/**
 * The floor under any tool that records each revision safely: raw JDBC's statements, one per
 * revision, with the least bookkeeping that keeps the database at a known, recorded revision if
 * the process dies at any point, and no other work. The tables have Retort's columns; every
 * value recorded is made up in advance, so no checksum, rendering or planning is timed.
 * <ul>
 * <li>Transactional DDL (PostgreSQL): the DDL, the version change and the history row in one
 * transaction, sent as one multi-statement prepared statement, then {@code commit}: two round
 * trips per revision, and the update's count checked before the commit.</li>
 * <li>DDL that commits itself (H2): a history row marked {@code RUNNING} committed before the
 * DDL, so that a crash during it is seen; the DDL; then the version change and the row's outcome
 * committed together. In this process's memory ({@code jdbc:h2:mem:}, where the benchmark
 * applies), which a crash takes along, nothing needs to be written before the run ends: each
 * revision's DDL, then the version row and every history row in one batch, committed once.</li>
 * </ul>
 * Before each revision's statement it runs what the caller asks of that revision (see
 * {@link RevisionCode}), or nothing.
 */
final class LeastBookkeeping {

	private static final String CREATE_VERSION = "create table floor_version (version_num varchar(64) primary key)";

	private static final String CREATE_HISTORY = "create table floor_history (id bigint primary key,"
			+ " revision varchar(64) not null, direction varchar(16) not null, checksum varchar(64),"
			+ " fingerprint varchar(64), started_at timestamp not null, duration_ms bigint, db_user varchar(128),"
			+ " outcome varchar(16) not null, statements_done integer not null, error varchar(4000), applied_digest varchar(64))";

	private static final String INSERT_VERSION = "insert into floor_version (version_num) values (?)";

	private static final String MOVE_VERSION = "update floor_version set version_num = ? where version_num = ?";

	private static final String INSERT_HISTORY = "insert into floor_history (id, revision, direction, checksum,"
			+ " fingerprint, started_at, duration_ms, db_user, outcome, statements_done, error, applied_digest)"
			+ " values (?, ?, 'upgrade', ?, ?, ?, ?, 'bench', ?, ?, null, ?)";

	private static final String FINISH_HISTORY = "update floor_history set outcome = 'SUCCESS', statements_done = 1,"
			+ " duration_ms = ?, applied_digest = ? where id = ?";

	/** Stands for each value a tool works out: a checksum, a fingerprint, a digest. */
	private static final String MADE_UP = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

	private LeastBookkeeping() {
	}

	/** What is done for the revision at an index before its statement runs. */
	@FunctionalInterface
	interface BeforeEach {

		BeforeEach NOTHING = (index) -> {
		};

		void revision(int index) throws Exception;

	}

	static void apply(Connection connection, Database database, List<String> statements, BeforeEach beforeEach)
			throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute(CREATE_VERSION);
			statement.execute(CREATE_HISTORY);
			connection.setAutoCommit(false);
			if (database == Database.POSTGRESQL) {
				inTransactions(connection, statements, beforeEach);
			}
			else {
				aroundSelfCommittingDdl(connection, statement, statements, beforeEach);
			}
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private static void inTransactions(Connection connection, List<String> statements, BeforeEach beforeEach)
			throws Exception {
		for (int i = 0; i < statements.size(); i++) {
			beforeEach.revision(i);
			String versionChange = (i == 0) ? INSERT_VERSION : MOVE_VERSION;
			// Each revision's DDL is different, so the combined statement is prepared anew, as a tool must
			try (PreparedStatement step = connection
				.prepareStatement(statements.get(i) + ";\n" + versionChange + ";\n" + INSERT_HISTORY)) {
				int parameter = 1;
				step.setString(parameter++, revision(i));
				if (i > 0) {
					step.setString(parameter++, revision(i - 1));
				}
				bindHistory(step, parameter, i, "SUCCESS");
				step.execute();
				step.getMoreResults();
				expectOneRow(step.getUpdateCount());
				connection.commit();
			}
		}
	}

	private static void aroundSelfCommittingDdl(Connection connection, Statement ddl, List<String> statements,
			BeforeEach beforeEach) throws Exception {
		if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
			inProcessMemory(connection, ddl, statements, beforeEach);
			return;
		}
		try (PreparedStatement running = connection.prepareStatement(INSERT_HISTORY);
				PreparedStatement insertVersion = connection.prepareStatement(INSERT_VERSION);
				PreparedStatement moveVersion = connection.prepareStatement(MOVE_VERSION);
				PreparedStatement finish = connection.prepareStatement(FINISH_HISTORY)) {
			for (int i = 0; i < statements.size(); i++) {
				beforeEach.revision(i);
				bindHistory(running, 1, i, "RUNNING");
				running.executeUpdate();
				connection.commit();
				ddl.execute(statements.get(i));
				PreparedStatement versionChange = (i == 0) ? insertVersion : moveVersion;
				versionChange.setString(1, revision(i));
				if (i > 0) {
					versionChange.setString(2, revision(i - 1));
				}
				expectOneRow(versionChange.executeUpdate());
				finish.setLong(1, 1);
				finish.setString(2, MADE_UP);
				finish.setLong(3, i);
				finish.executeUpdate();
				connection.commit();
			}
		}
	}

	/**
	 * A database in this process's memory goes with a crash, so the books need only be written
	 * by the end of the run (or before a failure is recorded): the DDL, then the version row and
	 * the history rows, in one batch, committed once.
	 */
	private static void inProcessMemory(Connection connection, Statement ddl, List<String> statements,
			BeforeEach beforeEach) throws Exception {
		for (int i = 0; i < statements.size(); i++) {
			beforeEach.revision(i);
			ddl.execute(statements.get(i));
		}
		try (PreparedStatement insertVersion = connection.prepareStatement(INSERT_VERSION);
				PreparedStatement history = connection.prepareStatement(INSERT_HISTORY)) {
			insertVersion.setString(1, revision(statements.size() - 1));
			expectOneRow(insertVersion.executeUpdate());
			for (int i = 0; i < statements.size(); i++) {
				bindHistory(history, 1, i, "SUCCESS");
				history.addBatch();
			}
			history.executeBatch();
			connection.commit();
		}
	}

	private static void bindHistory(PreparedStatement statement, int first, long id, String outcome)
			throws SQLException {
		statement.setLong(first, id);
		statement.setString(first + 1, revision((int) id));
		statement.setString(first + 2, MADE_UP);
		statement.setString(first + 3, MADE_UP);
		statement.setTimestamp(first + 4, new Timestamp(System.currentTimeMillis()));
		statement.setLong(first + 5, 1);
		statement.setString(first + 6, outcome);
		statement.setInt(first + 7, outcome.equals("SUCCESS") ? 1 : 0);
		statement.setString(first + 8, MADE_UP);
	}

	private static String revision(int index) {
		return "r" + index;
	}

	private static void expectOneRow(int count) throws SQLException {
		if (count != 1) {
			throw new SQLException("The version change touched " + count + " rows");
		}
	}

}
