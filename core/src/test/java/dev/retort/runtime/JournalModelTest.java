package dev.retort.runtime;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.SearchSeeds;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@link JournalModel} searched through the Java API on every database.
 * <p>
 * Each case is reproducible from its seed, which a failure prints; a failing seed goes into
 * {@link #REGRESSIONS}. {@code -Dretort.model.cases=N} runs N cases per database (by default 300
 * on H2, 40 on the servers) from a start {@link SearchSeeds} chooses
 * ({@code -Dretort.model.base=S|random}; fixed in CI), {@code -Dretort.model.seed=S} one seed.
 */
class JournalModelTest {

	/** Seeds that once found a defect: always run. */
	private static final long[] REGRESSIONS = { 6074114454966283556L, -2265324242081636699L };

	/**
	 * Cases per database in CI: an H2 case runs in milliseconds, a server's in about a second
	 * (its kills wait for a child JVM).
	 */
	private static final int DEFAULT_CASES_H2 = 300;

	private static final int DEFAULT_CASES_SERVER = 40;

	@DatabaseTest
	void randomCommandsOverRandomGraphsWithFaultsKeepEveryEffectExactlyOnce(TestDatabase db) throws Exception {
		List<Long> seeds = SearchSeeds.seeds("retort.model", REGRESSIONS,
				(db.kind() == DatabaseKind.H2) ? DEFAULT_CASES_H2 : DEFAULT_CASES_SERVER);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (long seed : seeds) {
			try (TestDatabase database = TestDatabase.of(db.kind());
					Connection connection = database.connect();
					JournalModel.Case modelCase = new JournalModel.Case(database, connection, seed,
						"retort.model.seed", JournalModel.Fronts.API)) {
				for (String entry : modelCase.run()) {
					String command = entry.substring(0, entry.indexOf(' '));
					outcomes.merge(command + " " + entry.substring(entry.indexOf("->") + 3).replaceAll(":.*", ""), 1,
							Integer::sum);
				}
			}
		}
		System.out.println("[journal-model] " + db.kind() + ": " + seeds.size() + " cases, commands by verb and outcome "
				+ outcomes + ", no invariant broken");
	}


	/**
	 * The model catches a front that is broken: one that answers every command as refused (what
	 * an endpoint's 500 or a process that never reached Retort looked like to the first version of
	 * the fronts' search, found by a hostile review), and one that says ok and does nothing.
	 */
	@DatabaseTest(DatabaseKind.H2)
	void aBrokenFrontBreaksTheModel(TestDatabase db) throws Exception {
		JournalModel.Front refusesAll = front((action, target) -> new JournalModel.Result(
				JournalModel.Outcome.REFUSED, "Internal Server Error"));
		JournalModel.Front doesNothing = front((action, target) -> new JournalModel.Result(JournalModel.Outcome.OK, ""));
		for (JournalModel.Front broken : List.of(refusesAll, doesNothing)) {
			for (long seed = 1; seed <= 5; seed++) {
				try (TestDatabase database = TestDatabase.of(db.kind());
						Connection connection = database.connect();
						JournalModel.Case modelCase = new JournalModel.Case(database, connection, seed, "none",
								(d, revisions, retort) -> List.of(broken))) {
					assertThatExceptionOfType(AssertionError.class).as("seed " + seed).isThrownBy(modelCase::run);
				}
			}
		}
	}

	private static JournalModel.Front front(BiFunction<String, String, JournalModel.Result> answer) {
		return new JournalModel.Front() {

			@Override
			public String name() {
				return "broken";
			}

			@Override
			public JournalModel.Result migrate(String action, String target, InterruptedStatement interrupted) {
				return answer.apply(action, target);
			}

		};
	}

}
