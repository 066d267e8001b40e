package dev.retort.ddl;

import java.sql.Connection;
import java.util.Optional;

/**
 * What a renderer may know beyond the operation itself.
 *
 * @param defaultSchema the schema of objects whose operation names none; {@code null} leaves
 * their names unqualified, so that the connection's current schema applies
 * @param connection the live migration connection when online, used only to read what a
 * statement must restate (MariaDB's {@code MODIFY COLUMN}); {@code null} offline
 */
public record RenderContext(String defaultSchema, Connection connection) {

	/** Offline, in the connection's current schema. */
	public static RenderContext offline() {
		return new RenderContext(null, null);
	}

	public static RenderContext offline(String defaultSchema) {
		return new RenderContext(defaultSchema, null);
	}

	public static RenderContext online(Connection connection, String defaultSchema) {
		return new RenderContext(defaultSchema, connection);
	}

	public Optional<Connection> liveConnection() {
		return Optional.ofNullable(this.connection);
	}

	public boolean isOnline() {
		return this.connection != null;
	}

}
