package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the server for each {@link DatabaseKind}, once per test JVM, in this order: a server given
 * by environment ({@code RETORT_TEST_POSTGRESQL_URL}, {@code _USER}, {@code _PASSWORD}; likewise
 * {@code RETORT_TEST_MARIADB_*}), else a Testcontainers container where Docker is available, else
 * none, with the reason.
 * <p>
 * The one JVM-wide cache of this project: a server (or a started container) is expensive and
 * shared by every test of the run, the way Testcontainers' own singleton containers are.
 */
final class DatabaseServers {

	private static final Map<DatabaseKind, Resolution> resolutions = new EnumMap<>(DatabaseKind.class);

	private DatabaseServers() {
	}

	static synchronized Resolution resolve(DatabaseKind kind) {
		return resolutions.computeIfAbsent(kind, DatabaseServers::find);
	}

	private static Resolution find(DatabaseKind kind) {
		if (kind == DatabaseKind.H2) {
			return Resolution.found(new DatabaseServer(kind, "jdbc:h2:mem:", "sa", "", "in-process"));
		}
		String prefix = kind.environmentPrefix();
		String url = System.getenv(prefix + "_URL");
		if (url != null && !url.isBlank()) {
			DatabaseServer server = new DatabaseServer(kind, url, orEmpty(System.getenv(prefix + "_USER")),
					orEmpty(System.getenv(prefix + "_PASSWORD")), "from " + prefix + "_URL");
			return probe(server);
		}
		if (!isDockerAvailable()) {
			return Resolution.unavailable(kind + ": " + prefix + "_URL is not set and Docker is not available"
					+ " for Testcontainers; set " + prefix + "_URL, " + prefix + "_USER and " + prefix
					+ "_PASSWORD to test against a running server");
		}
		return start(kind);
	}

	private static Resolution probe(DatabaseServer server) {
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
			return Resolution.found(server);
		}
		catch (SQLException ex) {
			return Resolution.unavailable(server + " cannot be reached: " + ex.getMessage());
		}
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
	private static Resolution start(DatabaseKind kind) {
		JdbcDatabaseContainer<?> container = switch (kind) {
			case POSTGRESQL -> new PostgreSQLContainer("postgres:15-alpine");
			case MARIADB -> new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("");
			case H2 -> throw new IllegalArgumentException("H2 runs in-process");
		};
		try {
			container.start();
		}
		catch (RuntimeException ex) {
			return Resolution.unavailable(kind + ": Testcontainers could not start " + container.getDockerImageName()
					+ ": " + ex.getMessage());
		}
		return Resolution.found(new DatabaseServer(kind, container.getJdbcUrl(), container.getUsername(),
				container.getPassword(), "Testcontainers " + container.getDockerImageName()));
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * A server, or why there is none.
	 */
	record Resolution(DatabaseServer server, String unavailableReason) {

		static Resolution found(DatabaseServer server) {
			return new Resolution(server, null);
		}

		static Resolution unavailable(String reason) {
			return new Resolution(null, reason);
		}

	}

}
