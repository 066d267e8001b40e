package dev.retort.ddl;

import java.util.Locale;

/**
 * The databases Retort renders for and tests on, named; what differs between them is each one's
 * {@code dev.retort.platform.DatabasePlatform}.
 */
public enum DatabaseFamily {

	POSTGRESQL,

	/** MariaDB and MySQL. */
	MARIADB,

	H2,

	/** Any other database: rendered through its Hibernate dialect, not tested by us. */
	OTHER;

	/**
	 * The family of a database, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
	 */
	public static DatabaseFamily fromProductName(String productName) {
		String name = (productName != null) ? productName.toLowerCase(Locale.ROOT) : "";
		if (name.contains("postgres")) {
			return POSTGRESQL;
		}
		if (name.contains("mariadb") || name.contains("mysql")) {
			return MARIADB;
		}
		if (name.equals("h2")) {
			return H2;
		}
		return OTHER;
	}

	/**
	 * The family of a database, from its JDBC URL ({@code jdbc:postgresql:...}).
	 */
	public static DatabaseFamily fromJdbcUrl(String url) {
		String lower = (url != null) ? url.toLowerCase(Locale.ROOT) : "";
		if (lower.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
			return MARIADB;
		}
		if (lower.startsWith("jdbc:h2:")) {
			return H2;
		}
		return OTHER;
	}

}
