package dev.retort.runtime;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.retort.testing.DatabaseTest;
import dev.retort.testing.SearchSeeds;
import dev.retort.testing.TestDatabase;

/**
 * The {@link JournalModel} searched through the Java API on every database.
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

	@DatabaseTest
	void randomCommandsOverRandomGraphsWithFaultsKeepEveryEffectExactlyOnce(TestDatabase db) throws Exception {
		List<Long> seeds = SearchSeeds.seeds("retort.model", REGRESSIONS, DEFAULT_CASES);
		Map<String, Integer> outcomes = new TreeMap<>();
		for (long seed : seeds) {
			try (TestDatabase database = TestDatabase.of(db.kind());
					Connection connection = database.connect();
					JournalModel.Case modelCase = new JournalModel.Case(database, connection, seed,
						"retort.model.seed", JournalModel.Fronts.API)) {
				for (String entry : modelCase.run()) {
					outcomes.merge(entry.substring(entry.indexOf("->") + 3).replaceAll(":.*", ""), 1, Integer::sum);
				}
			}
		}
		System.out.println("[journal-model] " + db.kind() + ": " + seeds.size() + " cases, commands by outcome "
				+ outcomes + ", no invariant broken");
	}

}
