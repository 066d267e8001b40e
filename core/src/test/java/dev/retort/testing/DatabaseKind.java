package dev.retort.testing;

/**
 * The databases every CI run tests for real.
 */
public enum DatabaseKind {

	H2("H2", null),

	POSTGRESQL("PostgreSQL", "RETORT_TEST_POSTGRESQL"),

	MARIADB("MariaDB", "RETORT_TEST_MARIADB");

	private final String displayName;

	private final String environmentPrefix;

	DatabaseKind(String displayName, String environmentPrefix) {
		this.displayName = displayName;
		this.environmentPrefix = environmentPrefix;
	}

	public String displayName() {
		return this.displayName;
	}

	/**
	 * Prefix of the environment variables ({@code _URL}, {@code _USER}, {@code _PASSWORD}) that
	 * hand this database's server to the tests; {@code null} for the in-process H2.
	 */
	String environmentPrefix() {
		return this.environmentPrefix;
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
