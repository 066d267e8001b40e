package dev.retort.autogenerate.introspect;

import java.sql.Connection;
import java.sql.SQLException;

import dev.retort.RetortException;
import dev.retort.ddl.DatabaseFamily;

/**
 * Chooses the schema reader for a database: catalog queries for PostgreSQL, MariaDB (and MySQL)
 * and H2, {@link java.sql.DatabaseMetaData} for any other.
 */
public final class SchemaReaders {

	private SchemaReaders() {
	}

	public static SchemaReader forFamily(DatabaseFamily family) {
		return switch (family) {
			case POSTGRESQL -> new PostgreSqlSchemaReader();
			case MARIADB -> new MariaDbSchemaReader();
			case H2 -> new H2SchemaReader();
			case OTHER -> new JdbcMetadataSchemaReader(DatabaseFamily.OTHER);
		};
	}

	public static SchemaReader forConnection(Connection connection) {
		return forFamily(familyOf(connection));
	}

	public static DatabaseFamily familyOf(Connection connection) {
		try {
			return DatabaseFamily.fromProductName(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot tell which database the connection leads to: " + ex.getMessage(), ex);
		}
	}

	/** The schema (or MariaDB database) the connection works in. */
	public static String currentSchema(Connection connection) {
		try {
			String schema = (familyOf(connection) == DatabaseFamily.MARIADB) ? connection.getCatalog()
					: connection.getSchema();
			if (schema == null) {
				throw new RetortException("The connection has no current schema; name the schema to compare with");
			}
			return schema;
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot read the connection's current schema: " + ex.getMessage(), ex);
		}
	}

}
