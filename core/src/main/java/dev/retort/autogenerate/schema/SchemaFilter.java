package dev.retort.autogenerate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables (and sequences) take part in autogenerate. Retort's own tables never do; more are
 * left alone with name patterns ({@code retort.autogenerate.exclude-tables}), where {@code *}
 * matches any run of characters and {@code ?} one character, case-insensitively.
 */
public final class SchemaFilter {

	/** Retort's own tables under their default names: version, history and (H2) lock table. */
	public static final List<String> DEFAULT_RETORT_TABLES = List.of("retort_version", "retort_history",
			"retort_version_lock");

	private final List<Pattern> excluded;

	private SchemaFilter(List<Pattern> excluded) {
		this.excluded = List.copyOf(excluded);
	}

	/** Leaves out Retort's tables under their default names, and nothing else. */
	public static SchemaFilter defaults() {
		return excludingRetortTables(DEFAULT_RETORT_TABLES);
	}

	/**
	 * Leaves out Retort's tables under the configured names; the lock table is named after the
	 * version table, with {@code _lock}.
	 */
	public static SchemaFilter excludingRetortTables(String versionTable, String historyTable) {
		return excludingRetortTables(List.of(versionTable, historyTable, versionTable + "_lock"));
	}

	/** Leaves out the named Retort tables. */
	public static SchemaFilter excludingRetortTables(List<String> retortTables) {
		List<Pattern> patterns = new ArrayList<>();
		retortTables.forEach((table) -> patterns.add(Pattern.compile(Pattern.quote(table), Pattern.CASE_INSENSITIVE)));
		return new SchemaFilter(patterns);
	}

	/** This filter, also leaving out tables whose names match one of the patterns. */
	public SchemaFilter excluding(List<String> namePatterns) {
		List<Pattern> patterns = new ArrayList<>(this.excluded);
		namePatterns.stream().map(SchemaFilter::glob).forEach(patterns::add);
		return new SchemaFilter(patterns);
	}

	public boolean includesTable(String name) {
		return this.excluded.stream().noneMatch((pattern) -> pattern.matcher(name).matches());
	}

	private static Pattern glob(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (char c : pattern.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
	}

}
