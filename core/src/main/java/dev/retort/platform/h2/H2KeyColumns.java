package dev.retort.platform.h2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of H2's keys by the names they have now, in each key's order. H2 (2.3 to 2.5)
 * keeps a key's old column names in {@code KEY_COLUMN_USAGE} after a column is renamed, while
 * indexes name their columns as they are called now.
 * <p>
 * A key's own index, the one H2 made for it ({@code PRIMARY_KEY_...}, {@code CONSTRAINT_INDEX_...}
 * or {@code <key>_INDEX_...}), holds its columns in its order: that order is the key's. Such a key
 * also tells, position by position, what each old name is called now, which serves the keys of
 * the table that use an index another key made (a second unique key over the same columns in
 * another order, a foreign key). What is still unknown falls back to {@link #currentNames}.
 */
final class H2KeyColumns {

	/** A key, the names {@code KEY_COLUMN_USAGE} lists for it, and its index's columns now. */
	record Key(String table, String name, String index, List<String> listed, List<String> indexed) {
	}

	private H2KeyColumns() {
	}

	/** Each key's columns by name now, by the key's name. */
	static Map<String, List<String>> resolve(List<Key> keys) {
		Map<String, Integer> users = new HashMap<>();
		keys.stream().filter((key) -> key.index() != null)
			.forEach((key) -> users.merge(key.table() + "\u0000" + key.index(), 1, Integer::sum));
		Map<String, Map<String, String>> renamed = new HashMap<>();
		Map<String, List<String>> columns = new HashMap<>();
		for (Key key : keys) {
			if (ownsIndex(key, users.getOrDefault(key.table() + "\u0000" + key.index(), 0))) {
				columns.put(key.name(), key.indexed());
				Map<String, String> names = renamed.computeIfAbsent(key.table(), (table) -> new HashMap<>());
				for (int i = 0; i < key.listed().size(); i++) {
					names.putIfAbsent(key.listed().get(i), key.indexed().get(i));
				}
			}
		}
		for (Key key : keys) {
			if (!columns.containsKey(key.name())) {
				Map<String, String> names = renamed.getOrDefault(key.table(), Map.of());
				List<String> listed = key.listed().stream().map((name) -> names.getOrDefault(name, name)).toList();
				columns.put(key.name(), currentNames(listed, key.indexed()));
			}
		}
		return columns;
	}

	private static boolean ownsIndex(Key key, int users) {
		if (key.index() == null || key.indexed().size() != key.listed().size()) {
			return false;
		}
		String index = key.index();
		boolean madeForIt = index.startsWith(key.name() + "_INDEX_");
		boolean madeForAnUnnamedKey = index.startsWith("PRIMARY_KEY_") || index.startsWith("CONSTRAINT_INDEX_");
		return madeForIt || (madeForAnUnnamedKey && users == 1);
	}

	/**
	 * The names the catalog lists, kept unless one is no longer a column of the key's index
	 * (renamed since). One such name is the one index column among the key's leading ones that
	 * the list lacks; of several, the key's columns are the index's leading ones.
	 */
	static List<String> currentNames(List<String> listed, List<String> indexed) {
		if (indexed.size() < listed.size() || indexed.containsAll(listed)) {
			return listed;
		}
		List<String> leading = indexed.subList(0, listed.size());
		List<String> renamed = listed.stream().filter((name) -> !indexed.contains(name)).toList();
		List<String> unclaimed = leading.stream().filter((name) -> !listed.contains(name)).toList();
		if (renamed.size() == 1 && unclaimed.size() == 1) {
			return listed.stream().map((name) -> name.equals(renamed.get(0)) ? unclaimed.get(0) : name).toList();
		}
		return leading;
	}

}
