package dev.retort.platform;

import dev.retort.ddl.DatabaseFamily;
import dev.retort.platform.generic.GenericPlatform;
import dev.retort.platform.h2.H2Platform;
import dev.retort.platform.mariadb.MariaDbPlatform;
import dev.retort.platform.postgresql.PostgreSqlPlatform;

/**
 * The platform of a database, by its family.
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

	/** The platform of a database, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
	public static DatabasePlatform ofProductName(String productName) {
		return of(DatabaseFamily.fromProductName(productName));
	}

}
