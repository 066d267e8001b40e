package dev.retort.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code retort.schema} reaches everything a revision runs, its own SQL and Java included, and
 * the lock timeout is the longest a command waits.
 */
class RunSchemaTest {

	@DatabaseTest
	void aRevisionsOwnSqlAndJavaRunInTheConfiguredSchema(TestDatabase db) throws Exception {
		String tenant = db.schema().equals("PUBLIC") ? "TENANT_B" : db.schema() + "_b";
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(((db.kind() == DatabaseKind.MARIADB) ? "create database " : "create schema ") + tenant);
			// A table of the same name in the connection's own schema, where a stray statement would land
			statement.execute("create table t_tenant (id integer primary key, name varchar(50))");
		}
		try {
			Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(TenantDataFix.class))
				.settings(RetortSettings.defaults().withSchema(tenant))
				.build();
			retort.upgrade("head");
			assertThat(names(db, tenant + ".t_tenant")).containsExactly("sql", "connection", "template");
			assertThat(names(db, "t_tenant")).isEmpty();
			assertThat(retort.current()).containsExactly("a5a500000001");
		}
		finally {
			try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
				statement.execute(((db.kind() == DatabaseKind.MARIADB) ? "drop database " : "drop schema ") + tenant
						+ ((db.kind() == DatabaseKind.MARIADB) ? "" : " cascade"));
			}
		}
	}

	@DatabaseTest
	void aCommandWaitsTheLockTimeoutAtMostInAll(TestDatabase db) throws Exception {
		RetortSettings settings = RetortSettings.defaults().withLockTimeout(Duration.ofSeconds(3));
		Retort retort = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class)).settings(settings).build();
		retort.current();
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try (HeldLock held = HeldLock.take(db, settings)) {
			// The first waits on the database's lock; the second on the first, then on the database's lock
			List<Future<Long>> waits = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				waits.add(callers.submit(() -> {
					long started = System.nanoTime();
					assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(() -> retort.upgrade("head"))
						.withMessageContaining("retort.lock-timeout (3.0s)");
					return Duration.ofNanos(System.nanoTime() - started).toMillis();
				}));
				Thread.sleep(200);
			}
			for (Future<Long> wait : waits) {
				// Twice the timeout, as before, would be 6 s
				assertThat(wait.get()).isBetween(2_500L, 4_500L);
			}
		}
		finally {
			callers.shutdownNow();
		}
	}

	private static List<String> names(TestDatabase db, String table) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from " + table + " order by id")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	/** A tenant's table and a data fix written three ways, each with unqualified names. */
	@Revision(id = "a5a500000001", message = "Tenant data fix")
	public static class TenantDataFix implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_tenant", column("id", integer()).primaryKey(), column("name", string(50)));
			op.sql("insert into t_tenant (id, name) values (1, 'sql')");
			op.withConnection((connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("insert into t_tenant (id, name) values (2, 'connection')");
				}
			});
			op.withDataSource((DataSource dataSource) -> new JdbcTemplate(dataSource)
				.update("insert into t_tenant (id, name) values (3, 'template')"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_tenant");
		}

	}

}
