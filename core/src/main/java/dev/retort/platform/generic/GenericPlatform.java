package dev.retort.platform.generic;

import java.sql.Connection;
import java.sql.SQLException;

import org.hibernate.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.retort.RetortException;
import dev.retort.autogenerate.introspect.SchemaReader;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.DialectSqlRenderer;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.platform.DatabasePlatform;

/**
 * A database Retort has not been tested on, rendered through its Hibernate dialect and read
 * through {@link java.sql.DatabaseMetaData}: DDL is taken to commit as it goes, and no statement
 * to be atomic, so that a failure is resumed only as the operator decides; the schema is set
 * through JDBC.
 */
public final class GenericPlatform implements DatabasePlatform {

	public static final GenericPlatform INSTANCE = new GenericPlatform();

	private static final Logger logger = LoggerFactory.getLogger(GenericPlatform.class);

	private GenericPlatform() {
	}

	@Override
	public DatabaseFamily family() {
		return DatabaseFamily.OTHER;
	}

	@Override
	public SqlRenderer renderer(Dialect dialect) {
		logger.warn("Retort has not been tested on the database of {} {}: its SQL is rendered by the generic renderer"
				+ " from Hibernate's dialect; review the SQL (offline mode prints it) before relying on it",
				dialect.getClass().getName(), dialect.getVersion());
		return new DialectSqlRenderer(dialect);
	}

	@Override
	public Dialect offlineDialect() {
		throw new RetortException("No renderer can be chosen for an unknown database without its Hibernate dialect;"
				+ " name the dialect (for example org.hibernate.dialect.OracleDialect)");
	}

	@Override
	public SchemaReader schemaReader() {
		return new JdbcMetadataSchemaReader();
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	@Override
	public boolean isAtomic(Operation operation, RenderedStep statement) {
		return false;
	}

	/** Through {@link Connection#setSchema}, with the name unquoted, as JDBC takes it. */
	@Override
	public SessionRestore useSchema(Connection connection, String schema) throws SQLException {
		if (schema == null) {
			return SessionRestore.NONE;
		}
		String before = connection.getSchema();
		connection.setSchema(unquoted(schema));
		return () -> connection.setSchema(before);
	}

	private static String unquoted(String name) {
		boolean quoted = name.length() > 1 && (name.charAt(0) == '"' || name.charAt(0) == '`' || name.charAt(0) == '[');
		return quoted ? name.substring(1, name.length() - 1) : name;
	}

	/** No statement is known to every database: an offline script leaves the session's schema. */
	@Override
	public String useSchemaSql(String schema) {
		return null;
	}

}
