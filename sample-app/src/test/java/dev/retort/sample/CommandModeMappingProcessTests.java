package dev.retort.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.fixture.twopu.TwoUnitsApplication;
import dev.retort.fixture.validation.ValidationApplication;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping command mode builds without a SessionFactory is the one the application's
 * SessionFactory would use: Bean Validation's constraints on the columns, and the persistence
 * unit Spring Boot builds rather than another one of the application's.
 */
class CommandModeMappingProcessTests {

	@TempDir
	Path directory;

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void autogenerateSeesBeanValidationsConstraintsOnTheColumns(TestDatabase db) throws Exception {
		List<String> database = new SampleProcesses(this.directory).datasourceArguments(db);
		Path sources = this.directory.resolve("src");
		Run revision = retort(ValidationApplication.class, database, "revision", "--autogenerate", "-m", "accounts",
				"--retort.source-directory=" + sources);
		assertThat(revision.status()).as(revision.output()).isZero();
		String code = written(sources);
		assertThat(code).as(code)
			.contains("column(\"email\", Types.string(80)).notNull()")
			.contains("column(\"balance\", Types.decimal(8, 2))")
			.containsPattern("level\\s*>=\\s*1")
			.containsPattern("level\\s*<=\\s*10");
	}

	@DatabaseTest(DatabaseKind.H2)
	void autogenerateComparesSpringBootsPersistenceUnitNotAnotherOne(TestDatabase db) throws Exception {
		List<String> database = new SampleProcesses(this.directory).datasourceArguments(db);
		Run upgrade = retort(TwoUnitsApplication.class, database, "upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		Run check = retort(TwoUnitsApplication.class, database, "check");
		assertThat(check.status()).as(check.output()).isZero();
		assertThat(check.output()).contains("the entities and the database agree").doesNotContain("drop table");
	}

	private static String written(Path sources) throws IOException {
		try (Stream<Path> files = Files.walk(sources)) {
			List<Path> java = files.filter((file) -> file.toString().endsWith(".java")).toList();
			assertThat(java).hasSize(1);
			return Files.readString(java.get(0));
		}
	}

	private Run retort(Class<?> application, List<String> database, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("retort");
		command.addAll(List.of(arguments));
		command.addAll(database);
		return new SampleProcesses(this.directory).start(application, List.of(), command)
			.await(Duration.ofMinutes(2));
	}

}
