package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.opentest4j.TestAbortedException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A clean database of its own for one test: a fresh in-memory H2 database, a fresh PostgreSQL
 * schema, or a fresh MariaDB database, dropped again on {@link #close()}.
 * <p>
 * Created lazily on first use. When the server cannot be reached the test is skipped with the
 * reason printed; under {@code CI=true} it fails instead, so that CI never passes by skipping.
 */
public final class TestDatabase implements AutoCloseable {

	private final DatabaseKind kind;

	private final String name;

	private DatabaseServer server;

	private String url;

	private TestDatabase(DatabaseKind kind) {
		this.kind = kind;
		this.name = "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/**
	 * A new isolated database of the given kind, created on first use.
	 */
	public static TestDatabase of(DatabaseKind kind) {
		return new TestDatabase(kind);
	}

	public DatabaseKind kind() {
		return this.kind;
	}

	/**
	 * The isolated schema (PostgreSQL, H2) or database (MariaDB) that this test owns; it is the
	 * default schema of every connection of {@link #url()}.
	 */
	public String schema() {
		ensureCreated();
		return switch (this.kind) {
			case H2 -> "PUBLIC";
			case POSTGRESQL, MARIADB -> this.name;
		};
	}

	/** JDBC URL whose connections start in this test's own schema or database. */
	public String url() {
		ensureCreated();
		return this.url;
	}

	public String user() {
		ensureCreated();
		return this.server.user();
	}

	public String password() {
		ensureCreated();
		return this.server.password();
	}

	/** A new connection into this test's schema or database; the caller closes it. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), user(), password());
	}

	/** A DataSource of the database's own driver, opening a new connection each time. */
	public DataSource dataSource() {
		ensureCreated();
		return switch (this.kind) {
			case H2 -> {
				JdbcDataSource dataSource = new JdbcDataSource();
				dataSource.setURL(this.url);
				dataSource.setUser(this.server.user());
				dataSource.setPassword(this.server.password());
				yield dataSource;
			}
			case POSTGRESQL -> {
				PGSimpleDataSource dataSource = new PGSimpleDataSource();
				dataSource.setURL(this.url);
				dataSource.setUser(this.server.user());
				dataSource.setPassword(this.server.password());
				yield dataSource;
			}
			case MARIADB -> {
				try {
					MariaDbDataSource dataSource = new MariaDbDataSource(this.url);
					dataSource.setUser(this.server.user());
					dataSource.setPassword(this.server.password());
					yield dataSource;
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}
		};
	}

	private synchronized void ensureCreated() {
		if (this.url != null) {
			return;
		}
		DatabaseServers.Resolution resolution = DatabaseServers.resolve(this.kind);
		if (resolution.server() == null) {
			unavailable(resolution.unavailableReason());
		}
		this.server = resolution.server();
		try {
			this.url = create();
		}
		catch (SQLException ex) {
			unavailable(this.server + ": cannot create an isolated " + this.kind + " schema: " + ex.getMessage());
		}
	}

	private String create() throws SQLException {
		switch (this.kind) {
			case H2:
				return "jdbc:h2:mem:" + this.name + ";DB_CLOSE_DELAY=-1";
			case POSTGRESQL:
				admin("create schema " + this.name);
				return withParameter(this.server.url(), "currentSchema=" + this.name);
			case MARIADB:
				admin("create database " + this.name);
				return withDatabase(this.server.url(), this.name);
			default:
				throw new IllegalStateException(this.kind.name());
		}
	}

	private void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.server.url(), this.server.user(),
				this.server.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String withParameter(String url, String parameter) {
		return url + (url.contains("?") ? "&" : "?") + parameter;
	}

	/** Replaces the database in {@code jdbc:mariadb://host:port/db?params}. */
	static String withDatabase(String url, String database) {
		int hostStart = url.indexOf("//") + 2;
		int query = url.indexOf('?', hostStart);
		String head = (query >= 0) ? url.substring(0, query) : url;
		String params = (query >= 0) ? url.substring(query) : "";
		int slash = head.indexOf('/', hostStart);
		String hosts = (slash >= 0) ? head.substring(0, slash) : head;
		return hosts + "/" + database + params;
	}

	private static void unavailable(String reason) {
		if (isCi()) {
			Assertions.fail("Under CI=true a database test is never skipped: " + reason);
		}
		System.err.println("[retort-tests] skipped: " + reason);
		throw new TestAbortedException(reason);
	}

	static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	public synchronized void close() throws SQLException {
		if (this.url == null) {
			return;
		}
		switch (this.kind) {
			case H2 -> {
				try (Connection connection = connect(); Statement statement = connection.createStatement()) {
					statement.execute("shutdown");
				}
			}
			case POSTGRESQL -> admin("drop schema if exists " + this.name + " cascade");
			case MARIADB -> admin("drop database if exists " + this.name);
		}
		this.url = null;
	}

	@Override
	public String toString() {
		return this.kind.displayName().toLowerCase(Locale.ROOT);
	}

}
