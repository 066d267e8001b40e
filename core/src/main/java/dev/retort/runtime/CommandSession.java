package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.retort.ddl.SqlRenderer;
import dev.retort.platform.DatabasePlatform;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * One command's connection, with what it takes to render and keep the books on its database:
 * the database's platform, Retort's tables as this command knows them and, once something needs
 * it, the renderer (resolving Hibernate's dialect, which a start-up with nothing to do does not).
 */
final class CommandSession {

	private final Connection connection;

	private final DatabasePlatform platform;

	private final MigrationTables tables;

	private final Supplier<SqlRenderer> renderer;

	private final RevisionGraph graph;

	private final RetortSettings settings;

	CommandSession(Connection connection, DatabasePlatform platform, Supplier<SqlRenderer> renderer,
			RevisionGraph graph, RetortSettings settings) {
		this.connection = connection;
		this.platform = platform;
		this.renderer = renderer;
		this.graph = graph;
		this.settings = settings;
		this.tables = new MigrationTables(settings, renderer);
	}

	Connection connection() {
		return this.connection;
	}

	DatabasePlatform platform() {
		return this.platform;
	}

	MigrationTables tables() {
		return this.tables;
	}

	SqlRenderer renderer() {
		return this.renderer.get();
	}

	/**
	 * The oldest step the history shows unfinished, read whole only when the last row or the
	 * database says a step is: while one is, no other row is written after its own.
	 */
	Optional<UnfinishedStep> unfinishedAtAGlance(HistoryRow last) throws SQLException {
		if (last == null || (unfinished(List.of(last)).isEmpty() && !this.tables.hasUnsettledRows(this.connection))) {
			return Optional.empty();
		}
		return unfinished(this.tables.historyWithoutTimes(this.connection));
	}

	/** The oldest step the rows show unfinished (see {@link StepJournal}). */
	Optional<UnfinishedStep> unfinished(List<HistoryRow> history) {
		return StepJournal.unfinished(history, this::runsInTransaction);
	}

	/** Whether the revision's steps run inside a transaction on this database. */
	private boolean runsInTransaction(String revision) {
		return this.platform.transactionalDdl()
				&& this.graph.find(revision).map(RevisionScript::transactional).orElse(false);
	}

	/** The schema of {@code retort.schema} as the renderer writes it, or {@code null}. */
	String schemaSql() {
		String schema = this.settings.schema();
		return (schema != null) ? renderer().identifiers().quote(schema) : null;
	}

}
