package dev.retort.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.hibernate.dialect.Database;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

import dev.retort.RetortException;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.SqlRenderer;
import dev.retort.platform.generic.GenericPlatform;
import dev.retort.platform.h2.H2Platform;
import dev.retort.platform.mariadb.MariaDbPlatform;
import dev.retort.platform.postgresql.PostgreSqlPlatform;

/**
 * Finds the platform of a database, from its family, a connection or Hibernate's dialect, and
 * with it the renderer of its SQL: the dedicated platform for PostgreSQL, MariaDB (and MySQL) and
 * H2, the generic one on the database's Hibernate dialect for any other.
 */
public final class DatabasePlatforms {

	private DatabasePlatforms() {
	}

	public static DatabasePlatform of(DatabaseFamily family) {
		return switch (family) {
			case POSTGRESQL -> PostgreSqlPlatform.INSTANCE;
			case MARIADB -> MariaDbPlatform.INSTANCE;
			case H2 -> H2Platform.INSTANCE;
			case OTHER -> GenericPlatform.INSTANCE;
		};
	}

	/** The platform of a database, from {@link DatabaseMetaData#getDatabaseProductName()}. */
	public static DatabasePlatform ofProductName(String productName) {
		return of(DatabaseFamily.fromProductName(productName));
	}

	/** The platform of the database a connection leads to. */
	public static DatabasePlatform of(Connection connection) {
		try {
			return ofProductName(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot tell which database the connection leads to: " + ex.getMessage(), ex);
		}
	}

	/** The platform of the database a Hibernate dialect writes for (MySQL's: MariaDB's). */
	public static DatabasePlatform of(Dialect dialect) {
		if (dialect instanceof PostgreSQLDialect) {
			return PostgreSqlPlatform.INSTANCE;
		}
		if (dialect instanceof MySQLDialect) {
			return MariaDbPlatform.INSTANCE;
		}
		if (dialect instanceof H2Dialect) {
			return H2Platform.INSTANCE;
		}
		return GenericPlatform.INSTANCE;
	}

	/** The renderer for the database of a Hibernate dialect. */
	public static SqlRenderer renderer(Dialect dialect) {
		return of(dialect).renderer(dialect);
	}

	/**
	 * The renderer for a connected database, on the Hibernate dialect of its product and version,
	 * as Hibernate itself resolves it.
	 */
	public static SqlRenderer renderer(DatabaseMetaData metaData) {
		return renderer(dialectOf(metaData));
	}

	/**
	 * The renderer for a family on its offline dialect (see {@link DatabasePlatform#offlineDialect()}),
	 * for scripts written with no database to ask.
	 */
	public static SqlRenderer offlineRenderer(DatabaseFamily family) {
		DatabasePlatform platform = of(family);
		return platform.renderer(platform.offlineDialect());
	}

	/** The Hibernate dialect of a connected database. */
	public static Dialect dialectOf(DatabaseMetaData metaData) {
		DialectResolutionInfo info = new DatabaseMetaDataDialectResolutionInfoAdapter(metaData);
		for (Database database : Database.values()) {
			if (database.matchesResolutionInfo(info)) {
				return database.createDialect(info);
			}
		}
		String product;
		try {
			product = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			product = "the connected database";
		}
		throw new RetortException("Hibernate has no dialect for " + product
				+ "; add the dialect's module (for example hibernate-community-dialects) and render with"
				+ " DatabasePlatforms.renderer(dialect)");
	}

	/** The schema (on MariaDB: the database) a connection works in, which must have one. */
	public static String currentSchema(Connection connection) {
		try {
			String schema = of(connection).currentSchema(connection);
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
