package dev.retort.testing;

/**
 * Where a database server for the tests can be reached: the administrative connection from which
 * each test's isolated schema or database is created.
 *
 * @param kind the database
 * @param url JDBC URL of the administrative connection
 * @param user user name
 * @param password password, possibly empty
 * @param origin how the server was found, for messages
 */
record DatabaseServer(DatabaseKind kind, String url, String user, String password, String origin) {

	@Override
	public String toString() {
		return this.kind + " at " + this.url + " (" + this.origin + ")";
	}

}
