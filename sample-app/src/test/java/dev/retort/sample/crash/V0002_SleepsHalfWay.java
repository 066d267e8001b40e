package dev.retort.sample.crash;

import java.sql.PreparedStatement;
import java.util.Locale;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

/**
 * Sleeps between its two tables for as long as {@code crash.sleep-millis} says, so that a test
 * can kill the process half-way. The sleep is the database's own ({@code pg_sleep},
 * {@code SLEEP}) where it has one, so that the kill lands while a statement runs on the server;
 * H2 has none, and the JVM sleeps instead.
 */
@Revision(id = "c0a500000002", revises = "c0a500000001", message = "Sleeps half-way")
public class V0002_SleepsHalfWay implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table crash_a (id int)");
		op.withConnection("sleep", (connection) -> {
			long millis = Long.getLong("crash.sleep-millis", 0);
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			String sleep = product.contains("postgres") ? "select pg_sleep(?)"
					: product.contains("mariadb") || product.contains("mysql") ? "select sleep(?)" : null;
			if (sleep != null) {
				try (PreparedStatement statement = connection.prepareStatement(sleep)) {
					statement.setDouble(1, millis / 1000.0);
					statement.executeQuery().close();
				}
				return;
			}
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		op.sql("create table crash_b (id int)");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("crash_b");
		op.dropTable("crash_a");
	}

}
