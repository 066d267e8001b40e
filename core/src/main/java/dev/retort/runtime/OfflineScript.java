package dev.retort.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.retort.RetortException;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.platform.DatabasePlatform;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.script.Plan;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;
import dev.retort.script.Step;

/**
 * The SQL script of an upgrade or downgrade, written without a database connection
 * ({@code upgrade --sql}), for a DBA to review and run: each revision headed by a
 * {@code -- Running upgrade a -> b} comment, its statements, and the version-table statement that
 * records it; inside {@code BEGIN}/{@code COMMIT} where DDL is transactional.
 */
public final class OfflineScript {

	/** Every line break a database's client ends a {@code --} comment at. */
	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private final RevisionGraph graph;

	private final SqlRenderer renderer;

	private final RetortSettings settings;

	private final MigrationTables tables;

	public OfflineScript(RevisionGraph graph, SqlRenderer renderer, RetortSettings settings) {
		this.graph = graph;
		this.renderer = renderer;
		this.settings = settings;
		this.tables = new MigrationTables(settings, () -> renderer);
	}

	/**
	 * The script of {@code upgrade [from:]to}; from {@code base} (or without {@code from}), with
	 * the version table's creation.
	 */
	public String upgrade(String range) {
		Range parsed = Range.parse(range, false);
		Set<String> start = heads(parsed.from());
		return script(this.graph.planUpgrade(start, parsed.to()), start.isEmpty());
	}

	/** The script of {@code downgrade from:to}; the starting revision must be named. */
	public String downgrade(String range) {
		Range parsed = Range.parse(range, true);
		return script(this.graph.planDowngrade(heads(parsed.from()), parsed.to()), false);
	}

	private Set<String> heads(String from) {
		if (from == null || from.isBlank() || from.equals("base")) {
			return Set.of();
		}
		return Set.copyOf(this.graph.resolve(from, Set.of()).stream().map(RevisionScript::id).toList());
	}

	private String script(Plan plan, boolean createVersionTable) {
		StringBuilder sql = new StringBuilder();
		DatabasePlatform platform = DatabasePlatforms.of(this.renderer.family());
		if (this.settings.schema() != null) {
			// The revisions' own SQL sees the schema's unqualified names, as online
			String use = platform.useSchemaSql(this.renderer.identifiers().quote(this.settings.schema()));
			if (use != null) {
				sql.append(use).append(";\n\n");
			}
		}
		boolean transactional = platform.transactionalDdl();
		boolean open = false;
		if (transactional) {
			sql.append("BEGIN;\n\n");
			open = true;
		}
		if (createVersionTable) {
			for (Operation operation : this.tables.versionTableDdl()) {
				statements(operation, sql);
			}
			sql.append('\n');
		}
		for (Step step : plan.steps()) {
			RevisionScript revision = step.revision();
			boolean inTransaction = transactional && revision.transactional();
			if (transactional && !inTransaction && open) {
				sql.append("COMMIT;\n\n");
				open = false;
			}
			else if (inTransaction && !open) {
				sql.append("BEGIN;\n\n");
				open = true;
			}
			comment("Running " + step.direction().name().toLowerCase(Locale.ROOT) + " "
					+ String.join(", ", step.headsBefore()) + " -> " + String.join(", ", step.headsAfter()) + ", "
					+ revision.message(), sql);
			for (Operation operation : StepRunner.operations(revision, step.direction())) {
				statements(operation, sql);
			}
			versionStatements(step, sql);
			sql.append('\n');
		}
		if (open) {
			sql.append("COMMIT;\n");
		}
		return sql.toString();
	}

	/**
	 * A comment of as many lines as the text has: a message is free text, and a line break in
	 * it must not end the comment and leave the rest of the message for the database to run.
	 */
	private static void comment(String text, StringBuilder sql) {
		for (String line : LINE_BREAK.split(text, -1)) {
			sql.append("--").append(line.isEmpty() ? "" : " ").append(line).append('\n');
		}
	}

	private void statements(Operation operation, StringBuilder sql) {
		for (RenderedStep step : this.renderer.render(operation, RenderContext.offline(this.settings.schema()))) {
			if (step instanceof RenderedStep.Sql statement) {
				sql.append(statement.sql()).append(";\n");
			}
			else if (step instanceof RenderedStep.Batch batch) {
				batch.inlined(this.renderer::literal).forEach((insert) -> sql.append(insert).append(";\n"));
			}
			else if (step instanceof RenderedStep.JdbcCallback callback) {
				throw new RetortException("A revision runs Java code on the connection (" + callback.describe()
						+ "), which an offline script cannot contain; run that revision online with 'retort upgrade'");
			}
		}
	}

	private void versionStatements(Step step, StringBuilder sql) {
		List<String> deleted = List.copyOf(step.deletedHeads());
		List<String> inserted = List.copyOf(step.insertedHeads());
		String table = this.tables.versionTable();
		if (deleted.size() == 1 && inserted.size() == 1) {
			sql.append("UPDATE ").append(table).append(" SET version_num = ").append(literal(inserted.get(0)))
				.append(" WHERE version_num = ").append(literal(deleted.get(0))).append(";\n");
			return;
		}
		for (String head : deleted) {
			sql.append("DELETE FROM ").append(table).append(" WHERE version_num = ").append(literal(head)).append(";\n");
		}
		for (String head : inserted) {
			sql.append("INSERT INTO ").append(table).append(" (version_num) VALUES (").append(literal(head))
				.append(");\n");
		}
	}

	private String literal(String value) {
		return this.renderer.literal(value);
	}

	/** {@code [from:]to}. */
	record Range(String from, String to) {

		static Range parse(String range, boolean fromRequired) {
			int colon = range.indexOf(':');
			if (colon < 0) {
				if (fromRequired) {
					throw new RetortException("An offline downgrade needs the revision it starts from: give a range"
							+ " <from>:<to>, such as " + "head:base");
				}
				return new Range(null, range.strip());
			}
			String to = range.substring(colon + 1).strip();
			if (to.isEmpty()) {
				throw new RetortException("The range '" + range + "' names no end; write <from>:<to>, such as base:head");
			}
			return new Range(range.substring(0, colon).strip(), to);
		}

	}

}
