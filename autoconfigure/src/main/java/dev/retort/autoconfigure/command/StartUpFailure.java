package dev.retort.autoconfigure.command;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
			if (cause instanceof SQLException) {
				return cannotConnect(cause.getMessage());
			}
		}
		String connectionFailure = (environment != null) ? tryToConnect(environment) : null;
		if (connectionFailure != null) {
			return cannotConnect(connectionFailure);
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "The application did not start: " + RetortCommandLine.describe(root)
				+ " (--verbose shows the stack trace)";
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
