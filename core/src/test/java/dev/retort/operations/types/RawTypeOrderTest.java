package dev.retort.operations.types;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.retort.ddl.DatabaseFamily;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A raw type's per-database variants come out in the families' order, however they were given:
 * autogenerate writes them in that order, and the same model must give the same code in every
 * JVM (a hash map's order changes from one to the next).
 */
class RawTypeOrderTest {

	@Test
	void theVariantsAreInTheFamiliesOrderWhateverOrderTheyCameIn() {
		List<DatabaseFamily> families = Arrays.asList(DatabaseFamily.values());
		Map<DatabaseFamily, String> reversed = new LinkedHashMap<>();
		for (int i = families.size() - 1; i >= 0; i--) {
			reversed.put(families.get(i), "t" + i);
		}
		assertThat(new ColumnType.Raw("clob", reversed).perFamily().keySet()).containsExactlyElementsOf(families);
		ColumnType.Raw chained = new ColumnType.Raw("clob", Map.of())
			.on(families.get(families.size() - 1), "last")
			.on(families.get(0), "first");
		assertThat(chained.perFamily().keySet()).containsExactly(families.get(0), families.get(families.size() - 1));
	}

}
