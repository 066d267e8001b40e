package dev.retort.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where a seeded search (a model generator, a random command sequence) starts. In CI the start is
 * fixed, so that a run that decides whether work lands is reproducible and a failure there is
 * about the change, not about the draw; on a developer's machine each run starts somewhere new,
 * which is how the search finds what CI's cases do not. {@code -D<property>=S} starts at S,
 * {@code -D<property>=random} anywhere, CI included. The start is printed, and every failure prints
 * its own seed, which then becomes a regression case.
 */
public final class SearchSeeds {

	/** CI's start: any fixed number does; this one is the day the rule was made. */
	private static final long CI_BASE = 20261207L;

	private SearchSeeds() {
	}

	/** The first seed of the search named by the system property, printed with the property. */
	public static long base(String property) {
		String chosen = System.getProperty(property);
		long base;
		if (chosen != null && !chosen.equals("random")) {
			base = Long.parseLong(chosen.strip());
		}
		else if (chosen == null && "true".equals(System.getenv("CI"))) {
			base = CI_BASE;
		}
		else {
			base = new Random().nextLong();
		}
		System.out.println("[search] " + property + "=" + base);
		return base;
	}


	/**
	 * The seeds of a search: the regressions, then either the one seed of {@code <prefix>.seed},
	 * or {@code <prefix>.cases} seeds (the default when unset) from {@link #base} of
	 * {@code <prefix>.base}.
	 */
	public static List<Long> seeds(String prefix, long[] regressions, int defaultCases) {
		List<Long> seeds = new ArrayList<>();
		for (long seed : regressions) {
			seeds.add(seed);
		}
		Long one = Long.getLong(prefix + ".seed");
		if (one != null) {
			seeds.add(one);
			return seeds;
		}
		long base = base(prefix + ".base");
		int cases = Integer.getInteger(prefix + ".cases", defaultCases);
		for (int i = 0; i < cases; i++) {
			seeds.add(base + i);
		}
		return seeds;
	}

}
