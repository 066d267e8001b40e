package dev.retort.operations;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A column's default as the database applies it ({@code DEFAULT ...} in DDL), as opposed to a
 * value the application sets.
 */
public sealed interface ServerDefault {

	/** SQL rendered as written: {@code now()}, {@code current_timestamp}, {@code 0}. */
	static ServerDefault expression(String sql) {
		return new Expression(sql);
	}

	/** A string value, rendered as a SQL string literal with its quotes escaped. */
	static ServerDefault text(String value) {
		return new Text(value);
	}

	/** A boolean value, rendered as the database writes booleans. */
	static ServerDefault bool(boolean value) {
		return new Bool(value);
	}

	/** A number, rendered as a SQL numeric literal. */
	static ServerDefault number(Number value) {
		return new Numeric(new BigDecimal(value.toString()));
	}

	/**
	 * No default at all: in {@code alterColumn}, drops the default; as an existing fact, says
	 * there is none.
	 */
	static ServerDefault none() {
		return new None();
	}

	record Expression(String sql) implements ServerDefault {

		public Expression {
			Objects.requireNonNull(sql, "sql");
		}

	}

	record Text(String value) implements ServerDefault {

		public Text {
			Objects.requireNonNull(value, "value");
		}

	}

	record Bool(boolean value) implements ServerDefault {
	}

	record Numeric(BigDecimal value) implements ServerDefault {

		public Numeric {
			Objects.requireNonNull(value, "value");
		}

	}

	record None() implements ServerDefault {
	}

}
