package dev.retort.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.retort.RetortException;
import dev.retort.script.Direction;
import dev.retort.script.Plan;
import dev.retort.script.Step;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionHeader;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionScript;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model of a model-based search of the runtime: random revision graphs whose revisions
 * change data and schema, random sequences of commands to random targets, and faults injected at
 * random statements. After every command the database must agree with the version table and the
 * journal: every statement's effect happened exactly once, the version table names exactly the
 * fully applied revisions, an unfinished step holds exactly the effects of the statements it
 * completed and is refused by every other migrating command until it is resumed or stamped.
 * <p>
 * Each migrating command is issued through one of the case's {@link Front}s, as a user issues
 * it: the Java API ({@code JournalModelTest}), or the command mode's process and the endpoint's
 * HTTP call (the sample application's {@code JournalModelFrontsTests}).
 */
public final class JournalModel {

	private JournalModel() {
	}

	/** How a migrating command ended, as the front that issued it tells. */
	public enum Outcome {

		/** It did what it was asked. */
		OK,

		/** A step failed: what a fault injected at its statement does. */
		STEP_FAILED,

		/** Refused for an unfinished step. */
		UNFINISHED,

		/** Refused before anything ran: a target the graph cannot reach from here, say. */
		REFUSED

	}

	/** Where a migrating command comes from: the Java API, the command mode, the endpoint. */
	public interface Front extends AutoCloseable {

		String name();

		/**
		 * Runs {@code upgrade}, {@code downgrade} or {@code stamp} to the target.
		 * @param interrupted the operator's choice for an unfinished step's statement, or {@code null}
		 * @return how it ended, with the message the user read
		 */
		Result migrate(String action, String target, InterruptedStatement interrupted) throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

	public record Result(Outcome outcome, String message) {

	}

	/** Makes a case's fronts once its graph is known. */
	@FunctionalInterface
	public interface Fronts {

		/** The Java API alone. */
		Fronts API = (db, revisions, retort) -> List.of(api(retort));

		List<Front> open(TestDatabase db, List<GeneratedRevision> revisions, Retort retort) throws Exception;

	}

	/** The Java API: {@link Retort}'s own methods, their exceptions read as outcomes. */
	public static Front api(Retort retort) {
		return new Front() {

			@Override
			public String name() {
				return "api";
			}

			@Override
			public Result migrate(String action, String target, InterruptedStatement interrupted) {
				try {
					switch (action) {
						case "upgrade" -> retort.upgrade(target, interrupted);
						case "downgrade" -> retort.downgrade(target, interrupted);
						case "stamp" -> retort.stamp(List.of(target), false, false);
						default -> throw new IllegalArgumentException(action);
					}
					return new Result(Outcome.OK, "");
				}
				catch (StepFailedException ex) {
					return new Result(Outcome.STEP_FAILED, ex.getMessage());
				}
				catch (UnfinishedStepException ex) {
					return new Result(Outcome.UNFINISHED, ex.getMessage());
				}
				catch (RetortException ex) {
					return new Result(Outcome.REFUSED, ex.getMessage());
				}
			}

		};
	}

	/**
	 * How a failed command ended, by Retort's message as a front that reports in words passes it
	 * on (a process's {@code FAILED:} line, an HTTP answer's error): Retort's messages name a
	 * failed step and an unfinished one in their own terms. A front checks first that the failure
	 * is Retort's (its status, its shape), and fails the test on any other.
	 */
	public static Outcome outcomeOf(String message) {
		if (message.contains("stopped half-way") || message.contains("stopped at its statement")) {
			return Outcome.UNFINISHED;
		}
		if (message.matches("(?s).*(grade|stamp) of revision \\S+ \\(.*\\) failed.*")) {
			return Outcome.STEP_FAILED;
		}
		return Outcome.REFUSED;
	}

	/** One statement of a generated revision: a row inserted (gated by a fault switch) or a table created. */
	public record Effect(int id, boolean data) {

		String upgrade() {
			// The subquery yields null, which the column refuses, once the test removes the id
			// from the pass list: a fault that applies nothing of the statement
			return this.data ? "insert into effects (id) values ((select id from pass where id = " + this.id + "))"
					: "create table t_" + this.id + " (id integer)";
		}

		String downgrade() {
			return this.data ? "delete from effects where id = " + this.id : "drop table t_" + this.id;
		}

		/**
		 * The statement, made to sleep before its insert, so that its process can be killed while
		 * it runs; the marker finds it among the server's sessions.
		 */
		String sleeping(String product, String marker) {
			String sleep = product.toLowerCase(Locale.ROOT).contains("postgres") ? "pg_sleep(2)"
					: "(select sleep(2) as s) slept";
			return "insert into effects (id) select " + this.id + " from " + sleep + " /* " + marker + " */";
		}

	}

	public record GeneratedRevision(String id, List<String> revises, List<Effect> effects) {

		RevisionScript script() {
			return script(Effect::upgrade);
		}

		/** The revision as a {@code .sql} file, as the command mode and the endpoint find it. */
		public String sqlFile() {
			List<String> down = new ArrayList<>(this.effects.stream().map(Effect::downgrade).toList());
			java.util.Collections.reverse(down);
			return "-- retort:revision id=" + this.id
					+ (this.revises.isEmpty() ? "" : " revises=" + String.join(",", this.revises)) + " message=\"" + this.id
					+ "\"\n-- retort:upgrade\n"
					+ this.effects.stream().map((effect) -> effect.upgrade() + ";\n").collect(Collectors.joining())
					+ "-- retort:downgrade\n" + down.stream().map((sql) -> sql + ";\n").collect(Collectors.joining());
		}

		/** The revision, with each statement written as {@code upgrade} says. */
		RevisionScript script(java.util.function.Function<Effect, String> upgrade) {
			List<String> up = this.effects.stream().map(upgrade).toList();
			List<String> down = new ArrayList<>(this.effects.stream().map(Effect::downgrade).toList());
			java.util.Collections.reverse(down);
			return new SqlRevisionScript(new RevisionHeader(this.id, this.revises, List.of(), List.of(), this.id, true),
					"generated/" + this.id + ".sql", up, down);
		}

	}

	/** A random graph of revisions: a tree, each revision a few statements, most of them changing data. */
	public static List<GeneratedRevision> generate(Random random) {
		List<GeneratedRevision> revisions = new ArrayList<>();
		int count = 2 + random.nextInt(5);
		for (int i = 0; i < count; i++) {
			List<String> revises = (i == 0) ? List.of() : List.of(revisions.get(random.nextInt(i)).id());
			List<Effect> effects = new ArrayList<>();
			int statements = 1 + random.nextInt(3);
			for (int j = 0; j < statements; j++) {
				effects.add(new Effect(i * 10 + j, random.nextInt(10) < 7));
			}
			revisions.add(new GeneratedRevision("rev_" + i, revises, effects));
		}
		return revisions;
	}

	/**
	 * One case: its seed's graph, and {@code COMMANDS} commands over it, each through one of
	 * the fronts, with the invariants checked after each.
	 */
	public static final class Case implements AutoCloseable {

		private static final int COMMANDS = 12;

		private final TestDatabase db;

		/** The test's own connection, beside the ones Retort takes. */
		private final Connection connection;

		private final long seed;

		private final String seedProperty;

		private final Random random;

		private final List<GeneratedRevision> revisions = new ArrayList<>();

		private final RevisionGraph graph;

		private final Retort retort;

		private final List<Front> fronts;

		/**
		 * Chooses each command's front, apart from {@link #random}, so that a seed runs the same
		 * commands whatever the fronts.
		 */
		private final Random frontChoice;

		/** Chooses the stamps and their targets, apart from {@link #random} as well. */
		private final Random stamps;

		private final List<String> log = new ArrayList<>();

		/** A statement killed while it ran, which the server may have finished: until its step is resolved. */
		private Integer uncertain;

		/**
		 * @param seedProperty the system property that runs this case again, for a failure's
		 * message
		 */
		public Case(TestDatabase db, Connection connection, long seed, String seedProperty, Fronts fronts)
				throws Exception {
			this.db = db;
			this.seedProperty = seedProperty;
			this.connection = connection;
			this.seed = seed;
			this.random = new Random(seed);
			this.frontChoice = new Random(~seed);
			this.stamps = new Random(seed * 31 + 17);
			this.revisions.addAll(generate(this.random));
			this.graph = RevisionGraph.of(this.revisions.stream().map(GeneratedRevision::script).toList());
			this.retort = Retort.builder(db.dataSource(), this.graph).build();
			this.fronts = fronts.open(db, List.copyOf(this.revisions), this.retort);
		}

		/** Runs the case; returns what each command did. */
		public List<String> run() throws Exception {
			try {
				sql("create table effects (id integer not null)");
				sql("create table pass (id integer)");
				disarm();
				for (int i = 0; i < COMMANDS; i++) {
					step();
					disarm();
					check();
					if (this.stamps.nextInt(5) == 0 && this.retort.unfinished().isEmpty()) {
						stampAfterMigratingByHand();
						check();
					}
				}
				return this.log;
			}
			catch (AssertionError | Exception ex) {
				throw new AssertionError("Seed " + this.seed + " on " + this.db.kind()
						+ " (rerun with -D" + this.seedProperty + "=" + this.seed + "): " + ex.getMessage() + "\ngraph: "
						+ this.revisions + "\ncommands:\n  " + String.join("\n  ", this.log), ex);
			}
		}

		private void step() throws Exception {
			Optional<UnfinishedStep> unfinished = this.retort.unfinished();
			if (unfinished.isPresent()) {
				handleUnfinished(unfinished.get());
				return;
			}
			if (this.db.kind() != DatabaseKind.H2 && this.random.nextInt(6) == 0) {
				killHalfWay((this.random.nextInt(3) == 0) ? "heads" : randomRevision().id());
			}
			else if (this.random.nextInt(10) < 6) {
				String target = (this.random.nextInt(3) == 0) ? "heads" : randomRevision().id();
				Integer fault = this.random.nextBoolean() ? armRandomFault() : null;
				command("upgrade " + target + ((fault != null) ? " (fault at " + fault + ")" : ""), "upgrade", target,
						fault != null);
			}
			else {
				List<String> applied = appliedIds();
				String target = (applied.isEmpty() || this.random.nextInt(4) == 0) ? "base"
						: applied.get(this.random.nextInt(applied.size()));
				command("downgrade " + target, "downgrade", target, false);
			}
		}

		/** Runs a command that may fail only by the injected fault or a refused target, and says which. */
		private void command(String description, String action, String target, boolean faultArmed) throws Exception {
			// The graph says beforehand whether the target is reachable from here: a front that
			// refuses what the graph can reach (or fails in a way of its own) is caught
			boolean reachable = reachable(action, target);
			Front front = front();
			Result result = front.migrate(action, target, null);
			String issued = description + " [" + front.name() + "]";
			if (result.outcome() != Outcome.UNFINISHED) {
				assertThat(result.outcome() == Outcome.REFUSED).as(issued + " refused, while the graph "
						+ (reachable ? "reaches" : "cannot reach") + " the target: " + result.message())
					.isEqualTo(!reachable);
			}
			switch (result.outcome()) {
				case OK -> {
					assertThat(plan(action, target).isEmpty()).as(issued + " said ok, and left the database short of"
							+ " its target, at " + this.retort.current()).isTrue();
					this.log.add(issued + " -> ok");
				}
				case STEP_FAILED -> {
					assertThat(faultArmed).as("a step failed with no fault armed: " + result.message()).isTrue();
					this.log.add(issued + " -> step failed");
				}
				case UNFINISHED -> throw new AssertionError("refused for an unfinished step while none was: "
						+ result.message());
				// A target the graph cannot reach from here (another branch, say): nothing ran
				case REFUSED -> this.log.add(issued + " -> refused: " + result.message());
			}
		}

		private boolean reachable(String action, String target) {
			try {
				plan(action, target);
				return true;
			}
			catch (RetortException ex) {
				return false;
			}
		}

		/** What the command would run from where the database is now. */
		private Plan plan(String action, String target) {
			Set<String> current = this.retort.current();
			return action.equals("upgrade") ? this.graph.planUpgrade(current, target)
					: this.graph.planDowngrade(current, target);
		}

		private Front front() {
			return this.fronts.get(this.frontChoice.nextInt(this.fronts.size()));
		}

		/** Closes every front, even after one fails to close. */
		@Override
		public void close() throws Exception {
			Exception failed = null;
			for (Front front : this.fronts) {
				try {
					front.close();
				}
				catch (Exception ex) {
					if (failed == null) {
						failed = ex;
					}
					else {
						failed.addSuppressed(ex);
					}
				}
			}
			if (failed != null) {
				throw failed;
			}
		}

		/**
		 * Upgrades to the target in a child JVM, killed (SIGKILL) while a random data statement
		 * sleeps in it. On PostgreSQL the killed step rolls back; elsewhere it is left running,
		 * and the server may still finish that statement after its client died.
		 */
		private void killHalfWay(String target) throws Exception {
			List<Effect> data = this.revisions.stream()
				.flatMap((revision) -> revision.effects().stream())
				.filter(Effect::data)
				.toList();
			if (data.isEmpty()) {
				return;
			}
			Effect killed = data.get(this.random.nextInt(data.size()));
			String marker = "retort-kill-" + Long.toHexString(this.random.nextLong());
			Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), KilledChild.class.getName(), this.db.url(), this.db.user(),
					this.db.password(), Long.toString(this.seed), target, Integer.toString(killed.id()), marker)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
				while (child.isAlive() && !running(marker) && System.nanoTime() < deadline) {
					Thread.sleep(20);
				}
			}
			finally {
				child.destroyForcibly().waitFor();
			}
			// The server may go on with the statement for a moment: wait until its session has gone
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (running(marker) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			this.uncertain = killed.id();
			this.log.add("upgrade " + target + ", statement " + killed.id() + " killed [api, child JVM] -> exit "
					+ child.exitValue());
		}

		/** Whether a session of the server runs the statement with the marker. */
		private boolean running(String marker) throws SQLException {
			String sql = (this.db.kind() == DatabaseKind.POSTGRESQL)
					? "select count(*) from pg_stat_activity where query like ? and pid <> pg_backend_pid()"
					: "select count(*) from information_schema.processlist where info like ? and id <> connection_id()";
			try (java.sql.PreparedStatement statement = this.connection.prepareStatement(sql)) {
				statement.setString(1, "%/* " + marker + " */%");
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					return result.getInt(1) > 0;
				}
			}
		}

		/** Whether the statement's row is there: what an operator checks before rerunning or skipping it. */
		private boolean applied(int effect) throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet result = statement.executeQuery("select count(*) from effects where id = " + effect)) {
				result.next();
				return result.getInt(1) > 0;
			}
		}

		private void handleUnfinished(UnfinishedStep step) throws Exception {
			assertThat(step.direction()).isEqualTo(Direction.UPGRADE);
			Snapshot before = snapshot();
			int choice = this.random.nextInt(3);
			if (choice == 0) {
				// Any migration but the one resuming it is refused, and changes nothing
				Front front = front();
				Result refused = front.migrate("downgrade", "base", null);
				assertThat(refused.outcome()).as("a downgrade to base beside unfinished " + step + ": "
						+ refused.message()).isEqualTo(Outcome.UNFINISHED);
				assertThat(refused.message()).contains(step.revision());
				assertThat(snapshot()).isEqualTo(before);
				this.log.add("downgrade base while " + step.revision() + " unfinished [" + front.name() + "] -> refused");
			}
			else if (choice == 1) {
				Front front = front();
				Result resumed = front.migrate("upgrade", step.revision(), null);
				String issued = "upgrade " + step.revision() + " (resume) [" + front.name() + "]";
				if (resumed.outcome() == Outcome.OK) {
					this.log.add(issued + " -> ok");
				}
				else {
					// The statement may have partly applied on this database: the operator looked, and reruns it
					assertThat(resumed.outcome()).as(resumed.message()).isEqualTo(Outcome.UNFINISHED);
					assertThat(this.db.kind()).isEqualTo(DatabaseKind.MARIADB);
					assertThat(snapshot()).isEqualTo(before);
					Effect stoppedAt = revision(step.revision()).effects().get(step.statementsDone());
					InterruptedStatement operator = (stoppedAt.data() && applied(stoppedAt.id())) ? InterruptedStatement.SKIP
							: InterruptedStatement.RERUN;
					Front choosing = front();
					Result chosen = choosing.migrate("upgrade", step.revision(), operator);
					assertThat(chosen.outcome()).as(chosen.message()).isEqualTo(Outcome.OK);
					this.log.add(issued + " -> refused; " + operator + " [" + choosing.name() + "] -> ok");
				}
			}
			else {
				// Repaired by hand: the rest of the revision's statements, then a stamp
				GeneratedRevision revision = revision(step.revision());
				for (Effect effect : revision.effects().subList(step.statementsDone(), revision.effects().size())) {
					if (!(effect.data() && applied(effect.id()))) {
						sql(effect.upgrade());
					}
				}
				Front front = front();
				Result stamped = front.migrate("stamp", step.revision(), null);
				assertThat(stamped.outcome()).as(stamped.message()).isEqualTo(Outcome.OK);
				this.log.add("repair " + step.revision() + " by hand, stamp it [" + front.name() + "] -> ok");
			}
		}

		/**
		 * An operator's stamp to a random target: the statements that would take the database there
		 * run by hand, then a stamp, through a random front, records it. The version table must
		 * then name exactly the revisions whose effects are there.
		 */
		private void stampAfterMigratingByHand() throws Exception {
			String target = (this.stamps.nextInt(4) == 0) ? "base"
					: this.revisions.get(this.stamps.nextInt(this.revisions.size())).id();
			// A stamp moves the version table to its target: down to a revision applied already
			String way = (target.equals("base") || appliedIds().contains(target)) ? "downgrade" : "upgrade";
			if (!reachable(way, target)) {
				this.log.add("stamp " + target + " [none] -> unreachable by hand, not issued");
				return;
			}
			Plan plan = plan(way, target);
			for (Step step : plan.steps()) {
				List<Effect> effects = new ArrayList<>(revision(step.revision().id()).effects());
				if (step.direction() == Direction.DOWNGRADE) {
					java.util.Collections.reverse(effects);
				}
				for (Effect effect : effects) {
					sql((step.direction() == Direction.UPGRADE) ? effect.upgrade() : effect.downgrade());
				}
			}
			Front front = front();
			Result stamped = front.migrate("stamp", target, null);
			String issued = "stamp " + target + " after " + plan.steps().size() + " step(s) by hand [" + front.name() + "]";
			assertThat(stamped.outcome()).as(issued + ": " + stamped.message()).isEqualTo(Outcome.OK);
			Set<String> expected = plan.isEmpty() ? this.retort.current()
					: plan.steps().get(plan.steps().size() - 1).headsAfter();
			assertThat(this.retort.current()).as(issued).isEqualTo(expected);
			this.log.add(issued + " -> ok");
		}

		/** Removes a random data statement's id from the pass list: that statement now fails. */
		private Integer armRandomFault() throws SQLException {
			List<Effect> data = this.revisions.stream()
				.flatMap((revision) -> revision.effects().stream())
				.filter(Effect::data)
				.toList();
			if (data.isEmpty()) {
				return null;
			}
			Effect effect = data.get(this.random.nextInt(data.size()));
			sql("delete from pass where id = " + effect.id());
			return effect.id();
		}

		/** Every statement passes again. */
		private void disarm() throws SQLException {
			sql("delete from pass");
			sql("insert into pass (id) values " + this.revisions.stream()
				.flatMap((revision) -> revision.effects().stream())
				.map((effect) -> "(" + effect.id() + ")")
				.collect(Collectors.joining(", ")));
		}

		/** The invariants, after every command. */
		private void check() throws Exception {
			Set<String> current = this.retort.current();
			Optional<UnfinishedStep> unfinished = this.retort.unfinished();
			Set<Integer> rows = new TreeSet<>();
			Set<Integer> tables = new TreeSet<>();
			Set<String> applied = this.graph.applied(current).stream().map(RevisionScript::id).collect(Collectors.toSet());
			for (GeneratedRevision revision : this.revisions) {
				int done = applied.contains(revision.id()) ? revision.effects().size()
						: unfinished.filter((step) -> step.revision().equals(revision.id()))
							.map(UnfinishedStep::statementsDone)
							.orElse(0);
				for (Effect effect : revision.effects().subList(0, done)) {
					(effect.data() ? rows : tables).add(effect.id());
				}
			}
			Snapshot actual = snapshot();
			assertThat(actual.rows()).as("each row once").doesNotHaveDuplicates();
			// A killed statement the server finished after its client died is there, or not, until resolved
			Integer killed = this.uncertain;
			boolean resolved = killed == null || unfinished.isEmpty();
			if (!resolved && actual.rows().contains(killed)) {
				rows.add(killed);
			}
			this.uncertain = resolved ? null : killed;
			assertThat(new TreeSet<>(actual.rows())).as("the rows of the applied statements").isEqualTo(rows);
			assertThat(actual.tables()).as("the tables of the applied statements").isEqualTo(tables);
			if (this.db.kind() == DatabaseKind.POSTGRESQL) {
				assertThat(unfinished).as("every step rolls back whole on PostgreSQL").isEmpty();
			}
		}

		private Snapshot snapshot() throws SQLException {
			List<Integer> rows = new ArrayList<>();
			Set<Integer> tables = new TreeSet<>();
			try (Statement statement = this.connection.createStatement()) {
				try (ResultSet result = statement.executeQuery("select id from effects order by id")) {
					while (result.next()) {
						rows.add(result.getInt(1));
					}
				}
				DatabaseMetaData metaData = this.connection.getMetaData();
				boolean mariadb = this.db.kind() == DatabaseKind.MARIADB;
				try (ResultSet result = metaData.getTables(mariadb ? this.db.schema() : null,
						mariadb ? null : this.db.schema(), "%", new String[] { "TABLE" })) {
					while (result.next()) {
						String name = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
						if (name.matches("t_\\d+")) {
							tables.add(Integer.parseInt(name.substring(2)));
						}
					}
				}
			}
			return new Snapshot(rows, tables, new HashSet<>(this.retort.current()));
		}

		private List<String> appliedIds() {
			return this.graph.applied(this.retort.current()).stream().map(RevisionScript::id).toList();
		}

		private GeneratedRevision randomRevision() {
			return this.revisions.get(this.random.nextInt(this.revisions.size()));
		}

		private GeneratedRevision revision(String id) {
			return this.revisions.stream().filter((revision) -> revision.id().equals(id)).findFirst().orElseThrow();
		}

		private void sql(String sql) throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

	record Snapshot(List<Integer> rows, Set<Integer> tables, Set<String> current) {

	}

	/**
	 * The child JVM of a kill: upgrades the seed's graph to the target, with the statement to be
	 * killed in made to sleep. Arguments: url, user, password, seed, target, effect id, marker.
	 */
	public static final class KilledChild {

		public static void main(String[] arguments) throws Exception {
			org.springframework.jdbc.datasource.DriverManagerDataSource dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
					arguments[0], arguments[1], arguments[2]);
			int killed = Integer.parseInt(arguments[5]);
			String product;
			try (Connection connection = dataSource.getConnection()) {
				product = connection.getMetaData().getDatabaseProductName();
			}
			List<RevisionScript> scripts = generate(new Random(Long.parseLong(arguments[3]))).stream()
				.map((revision) -> revision.script((effect) -> (effect.id() == killed)
						? effect.sleeping(product, arguments[6]) : effect.upgrade()))
				.toList();
			Retort.builder(dataSource, RevisionGraph.of(scripts)).build().upgrade(arguments[4]);
		}

	}

}
