package dev.retort.platform.h2;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 keeps a key's old column names in its catalog after a rename (2.3 to 2.5); the key's index
 * has the names as they are now. The renames that live databases run are in
 * {@code SchemaReadersTest} and the oracle; here the mapping alone.
 */
class H2KeyColumnsTest {

	@Test
	void readsAKeysColumnsByTheNamesItsIndexGivesThemNow() {
		// Nothing renamed: the listed order, whatever index serves the key
		assertThat(H2KeyColumns.currentNames(List.of("B", "A"), List.of("A", "B"))).containsExactly("B", "A");
		// One renamed: in its place
		assertThat(H2KeyColumns.currentNames(List.of("B", "A"), List.of("A2", "B"))).containsExactly("B", "A2");
		// A foreign key's column renamed, its index wider
		assertThat(H2KeyColumns.currentNames(List.of("R"), List.of("R2", "C"))).containsExactly("R2");
		// Two renamed: the index's order
		assertThat(H2KeyColumns.currentNames(List.of("A", "B"), List.of("A2", "B2"))).containsExactly("A2", "B2");
	}

}
