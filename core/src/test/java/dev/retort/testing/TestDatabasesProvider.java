package dev.retort.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies one lazily created {@link TestDatabase} per kind named by {@link DatabaseTest}; JUnit
 * closes (drops) each after its invocation. {@code -Dretort.test.databases=postgresql,mariadb}
 * keeps only the kinds it names (a long search on the servers alone, say).
 */
class TestDatabasesProvider implements ArgumentsProvider, AnnotationConsumer<DatabaseTest> {

	private DatabaseKind[] kinds = DatabaseKind.values();

	@Override
	public void accept(DatabaseTest annotation) {
		this.kinds = annotation.value();
	}

	@Override
	public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
		String only = System.getProperty("retort.test.databases", "").toUpperCase(Locale.ROOT);
		Set<String> chosen = only.isBlank() ? null : Set.of(only.replace(" ", "").split(","));
		return Arrays.stream(this.kinds)
			.filter((kind) -> chosen == null || chosen.contains(kind.name()))
			.map(TestDatabase::of)
			.map(Arguments::of);
	}

}
