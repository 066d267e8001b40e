package dev.retort.autoconfigure.command;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

import dev.retort.RetortException;

/**
 * Says in a line why the application could not start for a verb. Hibernate asks the database
 * for its dialect while the context starts; when the database cannot be reached it only logs the
 * driver's error and fails with "Unable to determine Dialect", which does not help. The driver's
 * message does, so it is found in the failure or, failing that, by trying the connection again.
 */
final class StartUpFailure {

	private StartUpFailure() {
	}

	static String describe(Throwable failure, @Nullable Environment environment) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RetortException) {
				return cause.getMessage();
			}
		}
		return connectionFailure(failure, environment).orElseGet(() -> {
			Throwable root = failure;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			return "The application did not start: " + RetortCommandLine.describe(root)
					+ " (--verbose shows the stack trace)";
		});
	}

	/**
	 * The one line for a failure that comes from a database that cannot be reached, if it does:
	 * the driver's error found in the failure or, failing that, by trying the connection again
	 * (Hibernate, asked for the database's dialect, only logs the driver's error).
	 */
	static Optional<String> connectionFailure(Throwable failure, @Nullable Environment environment) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException) {
				return Optional.of(cannotConnect(cause.getMessage()));
			}
		}
		return unreachableDatabase(environment);
	}

	/**
	 * The one line for a database the configuration names but that cannot be reached, if so: for
	 * a verb's failure that may come from there (Hibernate's "Unable to determine Dialect"), whose
	 * own SQL errors are not taken for connection failures.
	 */
	static Optional<String> unreachableDatabase(@Nullable Environment environment) {
		String connectionFailure = (environment != null) ? tryToConnect(environment) : null;
		return Optional.ofNullable(connectionFailure).map(StartUpFailure::cannotConnect);
	}

	private static String cannotConnect(String reason) {
		return RetortException.cannotConnect(reason, null).getMessage();
	}

	/**
	 * The driver's error for the configured connection, or {@code null} when it connects; the
	 * driver's own connect timeout bounds the wait.
	 */
	private static @Nullable String tryToConnect(Environment environment) {
		String prefix = environment.containsProperty("retort.url") ? "retort." : "spring.datasource.";
		String url = environment.getProperty(prefix + "url");
		if (url == null) {
			return null;
		}
		String user = environment.getProperty(prefix + ("retort.".equals(prefix) ? "user" : "username"));
		try (Connection connection = DriverManager.getConnection(url, user, environment.getProperty(prefix + "password"))) {
			return null;
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

}
