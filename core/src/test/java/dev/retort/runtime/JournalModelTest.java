package dev.retort.runtime;

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
import java.util.stream.Collectors;

import dev.retort.RetortException;
import dev.retort.script.Direction;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionHeader;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionScript;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
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
 * {@link #REGRESSIONS}. {@code -Dretort.model.cases=N} runs N random cases per database (a few
 * dozen by default), {@code -Dretort.model.seed=S} one seed.
 */
class JournalModelTest {

	/** Seeds that once found a defect: always run. */
	private static final long[] REGRESSIONS = { 6074114454966283556L, -2265324242081636699L };

	private static final int DEFAULT_CASES = 70;

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
			long base = new Random().nextLong();
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

	}

	record GeneratedRevision(String id, List<String> revises, List<Effect> effects) {

		RevisionScript script() {
			List<String> up = this.effects.stream().map(Effect::upgrade).toList();
			List<String> down = new ArrayList<>(this.effects.stream().map(Effect::downgrade).toList());
			java.util.Collections.reverse(down);
			return new SqlRevisionScript(new RevisionHeader(this.id, this.revises, List.of(), List.of(), this.id, true),
					"generated/" + this.id + ".sql", up, down);
		}

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

		Case(TestDatabase db, Connection connection, long seed) {
			this.db = db;
			this.connection = connection;
			this.seed = seed;
			this.random = new Random(seed);
			int count = 2 + this.random.nextInt(5);
			for (int i = 0; i < count; i++) {
				List<String> revises = (i == 0) ? List.of() : List.of(this.revisions.get(this.random.nextInt(i)).id());
				List<Effect> effects = new ArrayList<>();
				int statements = 1 + this.random.nextInt(3);
				for (int j = 0; j < statements; j++) {
					effects.add(new Effect(i * 10 + j, this.random.nextInt(10) < 7));
				}
				this.revisions.add(new GeneratedRevision("rev_" + i, revises, effects));
			}
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
			if (this.random.nextInt(10) < 6) {
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
					this.retort.upgrade(step.revision(), InterruptedStatement.RERUN);
					this.log.add("upgrade " + step.revision() + " (resume) -> refused; --rerun-statement -> ok");
				}
			}
			else {
				// Repaired by hand: the rest of the revision's statements, then a stamp
				GeneratedRevision revision = revision(step.revision());
				for (Effect effect : revision.effects().subList(step.statementsDone(), revision.effects().size())) {
					sql(effect.upgrade());
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

}
