package dev.retort.ddl;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.hibernate.dialect.Database;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.retort.RetortException;

/**
 * Finds the renderer for a database: the dedicated one for PostgreSQL, MariaDB (and MySQL) and
 * H2, else the generic {@link DialectSqlRenderer} on the database's Hibernate dialect, with a
 * warning that Retort has not been tested on it.
 */
public final class SqlRenderers {

	private static final Logger logger = LoggerFactory.getLogger(SqlRenderers.class);

	/**
	 * The MariaDB version assumed offline when none is named: the oldest long-term release with
	 * the native {@code uuid} type (10.7+), so offline scripts match what online rendering gives
	 * on current servers.
	 */
	static final DatabaseVersion OFFLINE_MARIADB_VERSION = DatabaseVersion.make(10, 11);

	private SqlRenderers() {
	}

	/**
	 * The renderer for a family, on its Hibernate dialect's default version (MariaDB: 10.11), for
	 * offline scripts. {@link DatabaseFamily#OTHER} needs a dialect: use {@link #forDialect}.
	 */
	public static SqlRenderer forFamily(DatabaseFamily family) {
		return switch (family) {
			case POSTGRESQL -> new PostgreSqlRenderer(new PostgreSQLDialect());
			case MARIADB -> new MariaDbSqlRenderer(new MariaDBDialect(OFFLINE_MARIADB_VERSION));
			case H2 -> new H2SqlRenderer(new H2Dialect());
			case OTHER -> throw new RetortException("No renderer can be chosen for an unknown database without its"
					+ " Hibernate dialect; name the dialect (for example org.hibernate.dialect.OracleDialect)");
		};
	}

	/** The renderer for the database of a Hibernate dialect. */
	public static SqlRenderer forDialect(Dialect dialect) {
		if (dialect instanceof PostgreSQLDialect postgres) {
			return new PostgreSqlRenderer(postgres);
		}
		if (dialect instanceof MariaDBDialect mariaDb) {
			return new MariaDbSqlRenderer(mariaDb);
		}
		if (dialect instanceof MySQLDialect mySql) {
			logger.warn("Rendering MySQL {} with Retort's MariaDB renderer; Retort is tested on MariaDB only",
					mySql.getVersion());
			return new MariaDbSqlRenderer(mySql);
		}
		if (dialect instanceof H2Dialect h2) {
			return new H2SqlRenderer(h2);
		}
		logger.warn("Retort has not been tested on the database of {} {}: its SQL is rendered by the generic renderer"
				+ " from Hibernate's dialect; review the SQL (offline mode prints it) before relying on it",
				dialect.getClass().getName(), dialect.getVersion());
		return new DialectSqlRenderer(dialect);
	}

	/**
	 * The renderer for a connected database, on the Hibernate dialect of its product and version,
	 * as Hibernate itself resolves it.
	 */
	public static SqlRenderer forDatabase(DatabaseMetaData metaData) {
		return forDialect(dialectOf(metaData));
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
				+ " SqlRenderers.forDialect(...)");
	}

}
