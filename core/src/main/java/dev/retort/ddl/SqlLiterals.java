package dev.retort.ddl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.persistence.TemporalType;
import org.hibernate.dialect.Dialect;
import org.hibernate.sql.ast.spi.StringBuilderSqlAppender;

import dev.retort.RetortException;

/**
 * Writes values as SQL literals through the Hibernate dialect, which knows each database's
 * escaping (MariaDB's backslashes among them). Used for defaults, comments and enum values in
 * DDL, and for offline scripts; online, data values are always bound as JDBC parameters.
 */
public final class SqlLiterals {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final Dialect dialect;

	public SqlLiterals(Dialect dialect) {
		this.dialect = dialect;
	}

	public String string(String value) {
		StringBuilderSqlAppender appender = new StringBuilderSqlAppender();
		this.dialect.appendLiteral(appender, value);
		return appender.toString();
	}

	public String bool(boolean value) {
		return this.dialect.toBooleanValueString(value);
	}

	public String number(Number value) {
		return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : new BigDecimal(value.toString()).toPlainString();
	}

	@SuppressWarnings("deprecation") // TemporalType is the dialect's API for temporal literals
	public String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String string) {
			return string(string);
		}
		if (value instanceof Boolean bool) {
			return bool(bool);
		}
		if (value instanceof Number number) {
			return number(number);
		}
		if (value instanceof Character character) {
			return string(character.toString());
		}
		if (value instanceof Enum<?> constant) {
			return string(constant.name());
		}
		StringBuilderSqlAppender appender = new StringBuilderSqlAppender();
		if (value instanceof UUID uuid) {
			this.dialect.appendUUIDLiteral(appender, uuid);
		}
		else if (value instanceof byte[] bytes) {
			this.dialect.appendBinaryLiteral(appender, bytes);
		}
		else if (value instanceof LocalDate date) {
			this.dialect.appendDateTimeLiteral(appender, date, TemporalType.DATE, UTC);
		}
		else if (value instanceof LocalTime time) {
			this.dialect.appendDateTimeLiteral(appender, time, TemporalType.TIME, UTC);
		}
		else if (value instanceof LocalDateTime || value instanceof java.time.OffsetDateTime
				|| value instanceof java.time.Instant || value instanceof java.time.ZonedDateTime) {
			this.dialect.appendDateTimeLiteral(appender, (TemporalAccessor) value, TemporalType.TIMESTAMP, UTC);
		}
		else {
			throw new RetortException("A value of type " + value.getClass().getName()
					+ " cannot be written as a SQL literal for an offline script; use a String, number, boolean,"
					+ " UUID, byte[] or java.time value, or run the migration online");
		}
		return appender.toString();
	}

}
