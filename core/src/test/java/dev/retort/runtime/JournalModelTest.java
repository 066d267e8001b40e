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
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionHeader;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionScript;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.SearchSeeds;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model-based search of the runtime: random revision graphs whose revisions change data and
 * schema, random sequences of commands to random targets, and faults injected at random
 * statements. After every command the database must agree with the version table and the
 * journal: every statement's effect happened exactly once, the version table names exactly the
 * fully applied revisions, an unfinished step holds exactly the effects of the statements it
 * completed and is refused by every other migrating command until it is resumed or stamped.
 * <p>
 * Each case is reproducible from its seed, which a failure prints; a failing seed goes into
 * {@link #REGRESSIONS}. {@code -Dretort.model.cases=N} runs N cases per database (40 by default)
 * from a start {@link SearchSeeds} chooses ({@code -Dretort.model.base=S|random}; fixed in CI),
 * {@code -Dretort.model.seed=S} one seed.
 */
class JournalModelTest {

	/** Seeds that once found a defect: always run. */
	private static final long[] REGRESSIONS = { 6074114454966283556L, -2265324242081636699L };

	private static final int DEFAULT_CASES = 40;

	private static final int COMMANDS_PER_CASE = 12;

	@DatabaseTest
	void randomCommandsOverRandomGraphsWithFaultsKeepEveryEffectExactlyOnce(TestDatabase db) throws Exception {
		List<Long> seeds = new ArrayList<>();
		for (long seed : REGRESSIONS) {
			seeds.add(seed);
		}
		Long one = Long.getLong("retort.model.seed");
		if (one != null) {
			seeds.add(one);
		}
		else {
			long base = SearchSeeds.base("retort.model.base");
			int cases = Integer.getInteger("retort.model.cases", DEFAULT_CASES);
			for (int i = 0; i < cases; i++) {
				seeds.add(base + i);
			}
		}
		java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
		for (long seed : seeds) {
			try (TestDatabase database = TestDatabase.of(db.kind()); Connection connection = database.connect()) {
				for (String entry : new Case(database, connection, seed).run()) {
					outcomes.merge(entry.substring(entry.indexOf("->") + 3).replaceAll(":.*", ""), 1, Integer::sum);
				}
			}
		}
		System.out.println("[journal-model] " + db.kind() + ": " + seeds.size() + " cases, commands by outcome "
				+ outcomes + ", no invariant broken");
	}

	/** One statement of a generated revision: a row inserted (gated by a fault switch) or a table created. */
	record Effect(int id, boolean data) {

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

	record GeneratedRevision(String id, List<String> revises, List<Effect> effects) {

		RevisionScript script() {
			return script(Effect::upgrade);
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
	static List<GeneratedRevision> generate(Random random) {
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

	private static final class Case {

		private final TestDatabase db;

		/** The test's own connection, beside the ones Retort takes. */
		private final Connection connection;

		private final long seed;

		private final Random random;

		private final List<GeneratedRevision> revisions = new ArrayList<>();

		private final RevisionGraph graph;

		private final Retort retort;

		private final List<String> log = new ArrayList<>();

		/** A statement killed while it ran, which the server may have finished: until its step is resolved. */
		private Integer uncertain;

		Case(TestDatabase db, Connection connection, long seed) {
			this.db = db;
			this.connection = connection;
			this.seed = seed;
			this.random = new Random(seed);
			this.revisions.addAll(generate(this.random));
			this.graph = RevisionGraph.of(this.revisions.stream().map(GeneratedRevision::script).toList());
			this.retort = Retort.builder(db.dataSource(), this.graph).build();
		}

		/** Runs the case; returns what each command did. */
		List<String> run() throws Exception {
			try {
				sql("create table effects (id integer not null)");
				sql("create table pass (id integer)");
				disarm();
				for (int i = 0; i < COMMANDS_PER_CASE; i++) {
					step();
					disarm();
					check();
				}
				return this.log;
			}
			catch (AssertionError | Exception ex) {
				throw new AssertionError("Seed " + this.seed + " on " + this.db.kind()
						+ " (rerun with -Dretort.model.seed=" + this.seed + "): " + ex.getMessage() + "\ngraph: "
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
				command("upgrade " + target + ((fault != null) ? " (fault at " + fault + ")" : ""),
						() -> this.retort.upgrade(target), fault != null);
			}
			else {
				List<String> applied = appliedIds();
				String target = (applied.isEmpty() || this.random.nextInt(4) == 0) ? "base"
						: applied.get(this.random.nextInt(applied.size()));
				command("downgrade " + target, () -> this.retort.downgrade(target), false);
			}
		}

		/** Runs a command that may fail only by the injected fault or a refused target, and says which. */
		private void command(String description, Runnable command, boolean faultArmed) {
			try {
				command.run();
				this.log.add(description + " -> ok");
			}
			catch (StepFailedException ex) {
				assertThat(faultArmed).as("a step failed with no fault armed: " + ex.getMessage()).isTrue();
				this.log.add(description + " -> step failed");
			}
			catch (UnfinishedStepException ex) {
				throw new AssertionError("refused for an unfinished step while none was: " + ex.getMessage(), ex);
			}
			catch (RetortException ex) {
				// A target the graph cannot reach from here (another branch, say): nothing ran
				this.log.add(description + " -> refused: " + ex.getMessage());
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
			this.log.add("upgrade " + target + " in a child JVM, killed at " + killed.id() + " -> exit "
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
				try {
					this.retort.downgrade("base");
					throw new AssertionError("a downgrade to base ran past unfinished " + step);
				}
				catch (UnfinishedStepException ex) {
					assertThat(ex.getMessage()).contains(step.revision());
				}
				assertThat(snapshot()).isEqualTo(before);
				this.log.add("downgrade base while " + step.revision() + " unfinished -> refused");
			}
			else if (choice == 1) {
				try {
					this.retort.upgrade(step.revision());
					this.log.add("upgrade " + step.revision() + " (resume) -> ok");
				}
				catch (UnfinishedStepException ex) {
					// The statement may have partly applied on this database: the operator looked, and reruns it
					assertThat(this.db.kind()).isEqualTo(DatabaseKind.MARIADB);
					assertThat(snapshot()).isEqualTo(before);
					Effect stoppedAt = revision(step.revision()).effects().get(step.statementsDone());
					InterruptedStatement operator = (stoppedAt.data() && applied(stoppedAt.id())) ? InterruptedStatement.SKIP
							: InterruptedStatement.RERUN;
					this.retort.upgrade(step.revision(), operator);
					this.log.add("upgrade " + step.revision() + " (resume) -> refused; " + operator + " -> ok");
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
				this.retort.stamp(List.of(step.revision()), false, false);
				this.log.add("repair " + step.revision() + " by hand, stamp it -> ok");
			}
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
