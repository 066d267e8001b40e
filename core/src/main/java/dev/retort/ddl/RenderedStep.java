package dev.retort.ddl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import dev.retort.operations.ConnectionCallback;

/**
 * One unit of work rendered from an operation, executed by the runner on the migration's
 * connection and recorded as one step of progress.
 */
public sealed interface RenderedStep {

	/** What the step does, for progress messages and offline scripts. */
	String describe();

	/**
	 * One SQL statement, without trailing semicolon.
	 *
	 * @param sql the statement
	 * @param nonTransactional whether the database refuses to run it inside a transaction
	 * (PostgreSQL's {@code CREATE INDEX CONCURRENTLY}): the revision must be declared
	 * {@code transactional = false}
	 */
	record Sql(String sql, boolean nonTransactional) implements RenderedStep {

		public Sql {
			Objects.requireNonNull(sql, "sql");
		}

		public Sql(String sql) {
			this(sql, false);
		}

		@Override
		public String describe() {
			return this.sql;
		}

	}

	/**
	 * One parameterised statement executed once per row, its values bound as JDBC parameters
	 * ({@code PreparedStatement.setObject}), never written into the SQL.
	 *
	 * @param sql the statement, with one {@code ?} per value
	 * @param rows the values of each execution, in parameter order; {@code null} values allowed
	 */
	record Batch(String sql, List<List<Object>> rows) implements RenderedStep {

		public Batch {
			Objects.requireNonNull(sql, "sql");
			List<List<Object>> copies = new ArrayList<>(rows.size());
			for (List<Object> row : rows) {
				copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
			}
			rows = Collections.unmodifiableList(copies);
		}

		/**
		 * The statements with the values written as literals, for offline scripts only.
		 * @param literal how a value is written, usually {@link SqlRenderer#literal(Object)}
		 */
		public List<String> inlined(Function<Object, String> literal) {
			List<String> statements = new ArrayList<>(this.rows.size());
			for (List<Object> row : this.rows) {
				StringBuilder sql = new StringBuilder();
				int value = 0;
				char quote = 0;
				for (int i = 0; i < this.sql.length(); i++) {
					char c = this.sql.charAt(i);
					// A quoted column name may itself contain a question mark
					if (quote == 0 && (c == '"' || c == '`')) {
						quote = c;
					}
					else if (c == quote) {
						quote = 0;
					}
					if (c == '?' && quote == 0) {
						sql.append(literal.apply(row.get(value++)));
					}
					else {
						sql.append(c);
					}
				}
				statements.add(sql.toString());
			}
			return statements;
		}

		@Override
		public String describe() {
			return this.sql + " (" + this.rows.size() + (this.rows.size() == 1 ? " row)" : " rows)");
		}

	}

	/**
	 * Java code run on the migration's connection.
	 *
	 * @param callback the code
	 * @param description what it does
	 */
	record JdbcCallback(ConnectionCallback callback, String description) implements RenderedStep {

		public JdbcCallback {
			Objects.requireNonNull(callback, "callback");
			Objects.requireNonNull(description, "description");
		}

		@Override
		public String describe() {
			return this.description;
		}

	}

}
