package dev.retort.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans on randomly generated graphs (branches, merges, several bases, depends-on, labels),
 * seeded so that a failure names the seed that reproduces it. Each plan is checked against a
 * model written independently of the planner: a step only runs once what it needs is applied
 * (or, downgrading, once nothing applied needs it), the steps chain their version rows, and the
 * rows after each step are those Alembic's HeadMaintainer writes (update, insert, merge, unmerge,
 * delete), simulated here step by step.
 */
class RandomGraphTest {

	static Stream<Long> seeds() {
		return Stream.iterate(1L, (seed) -> seed + 1).limit(150);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void plansAreTopologicalAndUpgradeThenDowngradeReturnsToTheStart(long seed) {
		Random random = new Random(seed);
		Model model = Model.generate(random, 2 + random.nextInt(40));
		RevisionGraph graph = RevisionGraph.of(model.shuffledScripts(random));

		List<String> order = graph.revisions().stream().map(RevisionScript::id).toList();
		for (String id : order) {
			assertThat(order.subList(0, order.indexOf(id))).as("seed %d: before %s", seed, id)
				.containsAll(model.before(id));
		}

		Plan up = graph.planUpgrade(Set.of(), "heads");
		assertThat(up.revisions()).hasSize(model.size());
		Set<String> heads = check(model, Set.of(), up, seed);
		assertThat(heads).as("seed %d", seed).isEqualTo(graph.heads());

		for (int move = 0; move < 15; move++) {
			String target = model.randomId(random);
			Set<String> applied = model.applied(heads);
			if (applied.contains(target) && random.nextBoolean()) {
				Plan plan = graph.planDowngrade(heads, target);
				Set<String> expected = new HashSet<>(applied);
				expected.removeAll(model.aboveForDowngrade(target));
				heads = check(model, heads, plan, seed);
				assertThat(model.applied(heads)).as("seed %d: downgrade to %s", seed, target).isEqualTo(expected);
			}
			else {
				Plan plan = graph.planUpgrade(heads, target);
				Set<String> expected = new HashSet<>(applied);
				expected.addAll(model.ancestorsOrSelf(target));
				heads = check(model, heads, plan, seed);
				assertThat(model.applied(heads)).as("seed %d: upgrade to %s", seed, target).isEqualTo(expected);
			}
		}

		Plan down = graph.planDowngrade(heads, "base");
		assertThat(check(model, heads, down, seed)).isEmpty();
		assertThat(down.revisions()).hasSize(model.applied(heads).size());
		assertThat(graph.planUpgrade(Set.of(), "heads")).isEqualTo(up);
	}

	/** Checks a plan step by step and returns the heads after it. */
	private static Set<String> check(Model model, Set<String> start, Plan plan, long seed) {
		Set<String> heads = start;
		Set<String> applied = model.applied(start);
		for (Step step : plan.steps()) {
			String id = step.revision().id();
			assertThat(step.direction()).isEqualTo(plan.direction());
			assertThat(step.headsBefore()).as("seed %d: chain at %s", seed, id).isEqualTo(heads);
			if (step.direction() == Direction.UPGRADE) {
				assertThat(applied).as("seed %d: upgrade %s needs", seed, id).containsAll(model.before(id))
					.doesNotContain(id);
				applied.add(id);
			}
			else {
				assertThat(applied).as("seed %d: downgrade %s", seed, id).contains(id);
				applied.remove(id);
				for (String other : applied) {
					assertThat(model.before(other)).as("seed %d: %s still needs %s", seed, other, id).doesNotContain(id);
				}
			}
			Set<String> alembic = model.alembicRows(heads, step);
			assertThat(step.headsAfter()).as("seed %d: rows after %s %s", seed, step.direction(), id).isEqualTo(alembic);
			assertThat(model.applied(step.headsAfter())).isEqualTo(applied);
			heads = step.headsAfter();
		}
		return heads;
	}

	/** The generated graph, with ancestry computed naively from the lists. */
	private record Model(Map<String, RevisionHeader> headers, List<String> ids) {

		static Model generate(Random random, int size) {
			Map<String, RevisionHeader> headers = new HashMap<>();
			List<String> ids = new ArrayList<>();
			Model model = new Model(headers, ids);
			for (int i = 0; i < size; i++) {
				String id = HexFormat.of().formatHex(longBytes(random.nextLong())).substring(4);
				List<String> revises = new ArrayList<>();
				List<String> dependsOn = new ArrayList<>();
				if (!ids.isEmpty() && random.nextInt(10) > 0) {
					// Mostly continue a recent revision, so that lines grow long.
					revises.add(ids.get(Math.max(0, ids.size() - 1 - random.nextInt(Math.min(ids.size(), 4)))));
					if (random.nextInt(6) == 0) {
						String other = ids.get(random.nextInt(ids.size()));
						if (!model.related(other, revises.get(0))) {
							revises.add(other);
						}
					}
				}
				if (!ids.isEmpty() && random.nextInt(8) == 0) {
					String dependency = ids.get(random.nextInt(ids.size()));
					if (!revises.contains(dependency)) {
						dependsOn.add(dependency);
					}
				}
				List<String> labels = (random.nextInt(10) == 0) ? List.of("label" + i) : List.of();
				headers.put(id, new RevisionHeader(id, revises, dependsOn, labels, "", true));
				ids.add(id);
			}
			return model;
		}

		private static byte[] longBytes(long value) {
			byte[] bytes = new byte[8];
			for (int i = 0; i < 8; i++) {
				bytes[i] = (byte) (value >>> (8 * i));
			}
			return bytes;
		}

		int size() {
			return this.ids.size();
		}

		String randomId(Random random) {
			return this.ids.get(random.nextInt(this.ids.size()));
		}

		List<RevisionScript> shuffledScripts(Random random) {
			List<RevisionScript> scripts = new ArrayList<>();
			for (String id : this.ids) {
				scripts.add(new SqlRevisionScript(this.headers.get(id), id + ".sql", List.of(), List.of()));
			}
			Collections.shuffle(scripts, random);
			return scripts;
		}

		Set<String> before(String id) {
			Set<String> before = new LinkedHashSet<>(this.headers.get(id).revises());
			before.addAll(this.headers.get(id).dependsOn());
			return before;
		}

		Set<String> ancestorsOrSelf(String id) {
			Set<String> result = new HashSet<>();
			List<String> todo = new ArrayList<>(List.of(id));
			while (!todo.isEmpty()) {
				String next = todo.remove(todo.size() - 1);
				if (result.add(next)) {
					todo.addAll(before(next));
				}
			}
			return result;
		}

		boolean related(String a, String b) {
			return ancestorsOrSelf(a).contains(b) || ancestorsOrSelf(b).contains(a);
		}

		Set<String> applied(Set<String> heads) {
			Set<String> applied = new HashSet<>();
			heads.forEach((head) -> applied.addAll(ancestorsOrSelf(head)));
			return applied;
		}

		/** Downgrading to a revision undoes what continues it (its children, and all built on them). */
		Set<String> aboveForDowngrade(String id) {
			Set<String> above = new HashSet<>();
			for (String other : this.ids) {
				for (String child : this.ids) {
					if (this.headers.get(child).revises().contains(id) && ancestorsOrSelf(other).contains(child)) {
						above.add(other);
					}
				}
			}
			return above;
		}

		/**
		 * Alembic's HeadMaintainer: a step's "down revisions" are its parents and dependencies,
		 * less those another of them already needs. Upgrading replaces the down revisions
		 * present in the table with the revision (update, merge) or adds it (new branch);
		 * downgrading replaces the revision with the down revisions no other head still needs
		 * (update, unmerge) or deletes it.
		 */
		Set<String> alembicRows(Set<String> heads, Step step) {
			String id = step.revision().id();
			Set<String> down = new HashSet<>(before(id));
			down.removeIf((candidate) -> down.stream()
				.anyMatch((other) -> !other.equals(candidate) && ancestorsOrSelf(other).contains(candidate)));
			Set<String> rows = new HashSet<>(heads);
			if (step.direction() == Direction.UPGRADE) {
				rows.removeAll(down);
				rows.add(id);
			}
			else {
				assertThat(rows).contains(id);
				rows.remove(id);
				Set<String> stillNeeded = applied(rows);
				down.removeAll(stillNeeded);
				rows.addAll(down);
			}
			return rows;
		}

	}

}
