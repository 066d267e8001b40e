package dev.retort.autogenerate.introspect;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.retort.autogenerate.SchemaApplier;
import dev.retort.autogenerate.schema.CheckConditions;
import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Table;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enum checks as Hibernate writes them ({@code c between 0 and 2}, {@code c in ('A','B')}),
 * created on a real database and read back as the database prints them, are the same check:
 * the same column and values, and a different check is not. Seeded and reproducible: a failure
 * names its seed; {@code -Dretort.enumChecks.seed=...} runs one again, and
 * {@code -Dretort.enumChecks.count=...} runs more.
 */
class EnumCheckRoundTripTest {

	private static final List<String> COLUMNS = List.of("status", "kind", "priority", "state_code", "level2", "x");

	@DatabaseTest
	void enumChecksReadBackAsWritten(TestDatabase db) throws Exception {
		long seed = Long.getLong("retort.enumChecks.seed", System.nanoTime());
		int count = Integer.getInteger("retort.enumChecks.count", 12);
		Random random = new Random(seed);
		List<String> conditions = new ArrayList<>();
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			for (int i = 0; i < count; i++) {
				String column = COLUMNS.get(random.nextInt(COLUMNS.size()));
				String condition = random.nextBoolean() ? range(random, column) : list(random, column);
				String type = condition.contains(" between ") ? "integer" : "varchar(40)";
				applier.sql("create table t" + i + " (" + column + " " + type + ")",
						"alter table t" + i + " add check (" + condition + ")");
				conditions.add(condition);
			}
			Schema schema = DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema());
			for (int i = 0; i < count; i++) {
				String written = conditions.get(i);
				Table table = schema.table("t" + i).orElseThrow();
				CheckConditions.ColumnCheck expected = CheckConditions.columnCheck(written).orElseThrow();
				assertThat(table.checks()).as("seed %d: %s", seed, written).singleElement()
					.extracting(CheckConstraint::condition)
					.satisfies((printed) -> {
						CheckConditions.ColumnCheck read = CheckConditions.columnCheck(printed).orElseThrow(
								() -> new AssertionError("seed " + seed + ": " + printed + " is not read as an enum check"));
						assertThat(read.sameAs(expected)).as("seed %d: %s read back as %s", seed, written, printed)
							.isTrue();
						// Written again portably, except a name in MariaDB's backquotes, which is kept as printed
						String again = (read.sql() != null) ? read.sql() : printed;
						assertThat(read.sql() != null || printed.startsWith("`")).as("seed %d: %s", seed, printed).isTrue();
						assertThat(CheckConditions.columnCheck(again).orElseThrow().sameAs(expected))
							.as("seed %d: %s", seed, again).isTrue();
					});
				for (int j = 0; j < count; j++) {
					// The generator's own account of what each condition allows
					boolean same = conditions.get(j).equals(written)
							|| allowed(conditions.get(j)).equals(allowed(written));
					assertThat(CheckConditions.columnCheck(conditions.get(j)).orElseThrow().sameAs(expected))
						.as("seed %d: %s against %s", seed, conditions.get(j), written)
						.isEqualTo(same);
				}
			}
		}
	}

	/** What a generated condition allows: its column and its range, or its set of values. */
	private static Object allowed(String condition) {
		String column = condition.substring(0, condition.indexOf(' '));
		if (condition.contains(" between ")) {
			return List.of(column, condition.substring(condition.indexOf(" between ")));
		}
		return List.of(column, Set.copyOf(List.of(condition.substring(condition.indexOf('(') + 1,
				condition.length() - 1).split(","))));
	}

	private static String range(Random random, String column) {
		int from = random.nextInt(2);
		return column + " between " + from + " and " + (from + random.nextInt(40));
	}

	private static String list(Random random, String column) {
		Set<String> values = new LinkedHashSet<>();
		int size = 1 + random.nextInt(6);
		while (values.size() < size) {
			// The names of enum constants: Java identifiers
			String value = List.of("OPEN", "CLOSED", "A", "B_2", "inProgress", "$X", "V1", "ARRAY", "IN", "AND")
				.get(random.nextInt(10));
			values.add(value);
		}
		return column + " in (" + String.join(",", values.stream().map((v) -> "'" + v.replace("'", "''") + "'").toList())
				+ ")";
	}

}
