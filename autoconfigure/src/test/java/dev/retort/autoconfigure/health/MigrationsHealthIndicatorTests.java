package dev.retort.autoconfigure.health;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.operations.ConnectionCallback;
import dev.retort.runtime.Retort;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionGraph;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class MigrationsHealthIndicatorTests {

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void upAtTheHeadsPendingWhenBehindDownWhenAStepStoppedHalfWay(TestDatabase db) {
		Retort retort = Retort.builder(db.dataSource(),
				RevisionGraph.of(List.of(JavaRevisionScript.of(Good.class), JavaRevisionScript.of(Broken.class))))
			.build();
		MigrationsHealthIndicator health = new MigrationsHealthIndicator(retort, Status.OUT_OF_SERVICE, Status.DOWN);
		assertThat(health.health(true).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		retort.upgrade("9000aaaa0001");
		Health atGood = health.health(true);
		assertThat(atGood.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(atGood.getDetails()).containsEntry("pending", List.of("9000aaaa0002"));

		assertThatException().isThrownBy(() -> retort.upgrade("head"));
		Health stopped = health.health(true);
		assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
		assertThat(stopped.getDetails().get("unfinished").toString()).contains("9000aaaa0002");
	}

	/**
	 * During a rolling deploy the new instances migrate while the old ones still serve: to an old
	 * one the database is at a revision its code does not know. That is a state to show, not a
	 * reason to take it out of service.
	 */
	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void anOlderInstanceSeesTheDatabaseAheadAndStaysUp(TestDatabase db) {
		Retort newer = Retort.builder(db.dataSource(),
				RevisionGraph.of(List.of(JavaRevisionScript.of(Good.class), JavaRevisionScript.of(Newer.class))))
			.build();
		newer.upgrade("head");
		Retort older = Retort.builder(db.dataSource(), RevisionGraph.of(List.of(JavaRevisionScript.of(Good.class))))
			.build();

		Health health = new MigrationsHealthIndicator(older, Status.OUT_OF_SERVICE, Status.DOWN).health(true);
		assertThat(health.getStatus()).as(health.toString()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("databaseAhead", true)
			.containsEntry("unknown", List.of("9000aaaa0003"))
			.containsEntry("current", List.of("9000aaaa0003"));
	}

	/**
	 * A probe reads where the database stands; it runs no revision's code (which a checksum
	 * would), for a probe comes every few seconds from every instance.
	 */
	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aProbeRunsNoRevisionsCode(TestDatabase db) {
		RevisionGraph graph = RevisionGraph.of(List.of(JavaRevisionScript.of(Good.class),
				JavaRevisionScript.of(Counted.class), JavaRevisionScript.of(Newer.class)));
		Retort.builder(db.dataSource(), graph).build().upgrade("9000aaaa0004");
		Retort retort = Retort.builder(db.dataSource(), graph).build();
		MigrationsHealthIndicator indicator = new MigrationsHealthIndicator(retort, Status.OUT_OF_SERVICE, Status.DOWN);
		Counted.instances.set(0);

		for (int i = 0; i < 3; i++) {
			Health health = indicator.health(true);
			assertThat(health.getStatus()).as(health.toString()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("pending", List.of("9000aaaa0003"));
		}
		assertThat(Counted.instances).hasValue(0);
	}

	/**
	 * Another instance is migrating: its step shows in the history as running, and its session
	 * holds the migration lock. Not DOWN, or a probe would take every instance out while one
	 * migrates. Once that session is gone (its process killed), the step it left half-way is
	 * DOWN, as before.
	 */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aStepRunningInAnotherSessionIsPendingAndOneLeftByADeadSessionIsDown(TestDatabase db) throws Exception {
		String kill = (db.kind() == DatabaseKind.POSTGRESQL) ? "select pg_terminate_backend(%s)" : "kill %s";
		runningThenDead(db.dataSource(), (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute(kill.formatted(Blocking.session));
			}
		});
	}

	/** The same on an H2 database in a file, which outlives a process, as a server's does. */
	@Test
	void aStepRunningInAnotherSessionIsPendingAndOneLeftByADeadSessionIsDownOnH2(@TempDir Path directory)
			throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + directory.resolve("db"));
		dataSource.setUser("sa");
		runningThenDead(dataSource, (connection) -> {
			// The lock's connection and the migration's: every session but this one
			List<Integer> sessions = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select session_id from information_schema.sessions"
							+ " where session_id <> session_id()")) {
				while (rows.next()) {
					sessions.add(rows.getInt(1));
				}
			}
			for (int session : sessions) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("call abort_session(" + session + ")");
				}
			}
		});
	}

	private void runningThenDead(DataSource dataSource, ConnectionCallback killMigration) throws Exception {
		RevisionGraph graph = RevisionGraph.of(List.of(JavaRevisionScript.of(Good.class),
				JavaRevisionScript.of(Blocking.class)));
		Retort.builder(dataSource, graph).build().upgrade("9000aaaa0001");
		Blocking.entered = new CountDownLatch(1);
		Blocking.release = new CountDownLatch(1);
		Retort migrating = Retort.builder(dataSource, graph).build();
		CompletableFuture<?> migration = CompletableFuture.runAsync(() -> migrating.upgrade("head"));
		try {
			assertThat(Blocking.entered.await(30, TimeUnit.SECONDS)).as("the step started").isTrue();
			MigrationsHealthIndicator indicator = new MigrationsHealthIndicator(
					Retort.builder(dataSource, graph).build(), Status.OUT_OF_SERVICE, Status.DOWN);

			Health running = indicator.health(true);
			assertThat(running.getStatus()).as(running.toString()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(running.getDetails()).containsEntry("pending", List.of("9000aaaa0005"))
				.containsKey("migrating")
				.doesNotContainKey("unfinished");
			assertThat(running.getDetails().get("migrating").toString()).contains("9000aaaa0005");

			try (Connection connection = dataSource.getConnection()) {
				killMigration.doInConnection(connection);
			}
		}
		finally {
			Blocking.release.countDown();
		}
		assertThatException().isThrownBy(() -> migration.get(60, TimeUnit.SECONDS));

		Health dead = new MigrationsHealthIndicator(Retort.builder(dataSource, graph).build(), Status.OUT_OF_SERVICE,
				Status.DOWN)
			.health(true);
		assertThat(dead.getStatus()).as(dead.toString()).isEqualTo(Status.DOWN);
		assertThat(dead.getDetails().get("unfinished").toString()).contains("9000aaaa0005");
	}

	@Revision(id = "9000aaaa0003", revises = "9000aaaa0001", message = "Newer")
	public static class Newer implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table newer (id int)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("newer");
		}

	}

	/** Counts its instances: a revision's code runs only on an instance of it. */
	@Revision(id = "9000aaaa0004", revises = "9000aaaa0001", message = "Counted", branchLabels = "counted")
	public static class Counted implements Migration {

		static final AtomicInteger instances = new AtomicInteger();

		public Counted() {
			instances.incrementAndGet();
		}

		@Override
		public void upgrade(Operations op) {
			op.sql("create table counted (id int)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("counted");
		}

	}

	/**
	 * Waits, half-way through, until released; outside a transaction, so that its running row
	 * shows to other sessions on PostgreSQL too.
	 */
	@Revision(id = "9000aaaa0005", revises = "9000aaaa0001", message = "Blocking", transactional = false)
	public static class Blocking implements Migration {

		static volatile CountDownLatch entered = new CountDownLatch(1);

		static volatile CountDownLatch release = new CountDownLatch(1);

		/** The migration's session, as its database names it. */
		static volatile String session;

		@Override
		public void upgrade(Operations op) {
			op.sql("create table blocking_before (id int)");
			op.withConnection("wait until released", (connection) -> {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery(sessionQuery(connection))) {
					rows.next();
					session = rows.getString(1);
				}
				entered.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			op.sql("create table blocking_after (id int)");
		}

		private static String sessionQuery(Connection connection) throws SQLException {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			return product.contains("postgres") ? "select pg_backend_pid()"
					: product.contains("h2") ? "select session_id()" : "select connection_id()";
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("blocking_after");
			op.dropTable("blocking_before");
		}

	}

	@Revision(id = "9000aaaa0001", message = "Good")
	public static class Good implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table good (id int)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("good");
		}

	}

	@Revision(id = "9000aaaa0002", revises = "9000aaaa0001", message = "Broken half-way")
	public static class Broken implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table half (id int)");
			op.sql("insert into no_such_table values (1)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("half");
		}

	}

}
