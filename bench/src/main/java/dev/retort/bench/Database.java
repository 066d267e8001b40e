package dev.retort.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database the benchmarks run on, and how to make and remove the scratch databases they use.
 * The data sources do not pool: every tool pays for the connections it opens, as at a start-up.
 */
enum Database {

	POSTGRESQL("PostgreSQL", "org.postgresql.Driver"),

	H2("H2", "org.h2.Driver");

	private final String displayName;

	private final String driverClass;

	Database(String displayName, String driverClass) {
		this.displayName = displayName;
		this.driverClass = driverClass;
	}

	String displayName() {
		return this.displayName;
	}

	String driverClass() {
		return this.driverClass;
	}

	/**
	 * The URL of a scratch database, made empty. On H2, {@code persistent} chooses a file (which a
	 * child JVM can open again) over memory.
	 */
	String create(Settings settings, String name, boolean persistent) throws SQLException {
		if (this == POSTGRESQL) {
			try (Connection admin = DriverManager.getConnection(settings.postgresqlUrl() + "postgres",
					settings.postgresqlUser(), settings.postgresqlPassword());
					Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
				statement.execute("create database " + name);
			}
			return settings.postgresqlUrl() + name;
		}
		if (persistent) {
			Path file = settings.h2Directory().resolve(name);
			deleteH2Files(file);
			return "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1";
		}
		return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
	}

	/** Closes an H2 database that {@code DB_CLOSE_DELAY=-1} keeps open, so that another JVM may open its file. */
	void close(Settings settings, String url) throws SQLException {
		if (this == H2) {
			try (Connection connection = dataSource(settings, url).getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown");
			}
		}
	}

	/** Removes a scratch database. */
	void drop(Settings settings, String name, String url) throws SQLException {
		if (this == POSTGRESQL) {
			try (Connection admin = DriverManager.getConnection(settings.postgresqlUrl() + "postgres",
					settings.postgresqlUser(), settings.postgresqlPassword());
					Statement statement = admin.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
		else {
			close(settings, url);
			if (url.startsWith("jdbc:h2:file:")) {
				deleteH2Files(settings.h2Directory().resolve(name));
			}
		}
	}

	/**
	 * A database to open one connection to before a cold run's clock starts, other than the one the
	 * tool works on, so that the tool's own connection still pays for reaching its database (on
	 * PostgreSQL a new backend, on H2 opening the file).
	 */
	String warmUpUrl(Settings settings) {
		return (this == POSTGRESQL) ? settings.postgresqlUrl() + "postgres" : "jdbc:h2:mem:warmup";
	}

	DataSource dataSource(Settings settings, String url) {
		if (this == POSTGRESQL) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(url);
			dataSource.setUser(settings.postgresqlUser());
			if (settings.postgresqlPassword() != null) {
				dataSource.setPassword(settings.postgresqlPassword());
			}
			return dataSource;
		}
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		dataSource.setUser("sa");
		dataSource.setPassword("");
		return dataSource;
	}

	private static void deleteH2Files(Path file) {
		for (String suffix : new String[] { ".mv.db", ".trace.db", ".lock.db" }) {
			file.resolveSibling(file.getFileName() + suffix).toFile().delete();
		}
	}

}
