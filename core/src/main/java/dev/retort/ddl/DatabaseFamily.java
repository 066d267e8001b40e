package dev.retort.ddl;

import java.util.Locale;

/**
 * The databases Retort renders for and tests on, and what it must know of each that no JDBC or
 * Hibernate API tells.
 */
public enum DatabaseFamily {

	POSTGRESQL(true),

	/** MariaDB and MySQL. */
	MARIADB(false),

	H2(false),

	/** Any other database: rendered through its Hibernate dialect, not tested by us. */
	OTHER(false);

	private final boolean transactionalDdl;

	DatabaseFamily(boolean transactionalDdl) {
		this.transactionalDdl = transactionalDdl;
	}

	/**
	 * Whether DDL takes part in transactions. H2 accepts DDL in a transaction but commits it
	 * implicitly, as MariaDB and MySQL do, so only PostgreSQL counts here.
	 */
	public boolean transactionalDdl() {
		return this.transactionalDdl;
	}

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
