package dev.retort.autogenerate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

import dev.retort.Operations;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.platform.DatabasePlatforms;

/**
 * Applies operations to a test database as the runner does: rendered for the connected database
 * and executed step by step with plain JDBC.
 */
public final class SchemaApplier {

	private final Connection connection;

	private final SqlRenderer renderer;

	public SchemaApplier(Connection connection) throws SQLException {
		this.connection = connection;
		this.renderer = DatabasePlatforms.renderer(connection.getMetaData());
	}

	public void apply(Consumer<Operations> body) throws SQLException {
		apply(OperationRecorder.record(body));
	}

	public void apply(List<Operation> operations) throws SQLException {
		for (Operation operation : operations) {
			for (RenderedStep step : this.renderer.render(operation, RenderContext.online(this.connection, null))) {
				execute(step);
			}
		}
	}

	/** Runs plain SQL statements, for set-ups the operations do not cover. */
	public void sql(String... statements) throws SQLException {
		for (String sql : statements) {
			execute(new RenderedStep.Sql(sql));
		}
	}

	/** The values of a one-column query, as text. */
	public List<String> values(String sql) throws SQLException {
		List<String> values = new java.util.ArrayList<>();
		try (Statement statement = this.connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private void execute(RenderedStep step) throws SQLException {
		if (step instanceof RenderedStep.Sql sql) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(sql.sql());
			}
			catch (SQLException ex) {
				throw new SQLException(ex.getMessage() + " [" + sql.sql() + "]", ex.getSQLState(), ex);
			}
		}
		else if (step instanceof RenderedStep.Batch batch) {
			try (PreparedStatement statement = this.connection.prepareStatement(batch.sql())) {
				for (List<Object> row : batch.rows()) {
					for (int i = 0; i < row.size(); i++) {
						statement.setObject(i + 1, row.get(i));
					}
					statement.executeUpdate();
				}
			}
		}
		else if (step instanceof RenderedStep.JdbcCallback callback) {
			callback.callback().doInConnection(this.connection);
		}
	}

}
