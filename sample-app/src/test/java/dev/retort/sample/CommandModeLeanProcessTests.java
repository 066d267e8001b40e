package dev.retort.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.fixture.lean.LeanApplication;
import dev.retort.fixture.lean.Notebook;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command mode starts only what the verb needs: the application's configuration and its
 * DataSource, not its own beans and not Hibernate's SessionFactory; autogenerate's verbs build the
 * entity mapping alone. The fixture application cannot start at all outside command mode (a
 * named query names no entity, which the SessionFactory refuses), and its one service says when
 * it is created: every verb runs, as a process, and neither happens.
 */
class CommandModeLeanProcessTests {

	@TempDir
	Path directory;

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void everyVerbRunsWithoutTheSessionFactoryOrTheApplicationsBeans(TestDatabase db) throws Exception {
		List<String> database = new SampleProcesses(this.directory).datasourceArguments(db);
		Run upgrade = retort(database, "upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).contains("The database is at 7a1e5c0ffee1.");

		List<Run> runs = new ArrayList<>(List.of(upgrade));
		for (String[] verb : List.of(new String[] { "current" }, new String[] { "history" },
				new String[] { "upgrade", "head" }, new String[] { "downgrade", "head:base", "--sql" })) {
			Run run = retort(database, verb);
			assertThat(run.status()).as(run.output()).isZero();
			runs.add(run);
		}
		Run check = retort(database, "check");
		assertThat(check.status()).as(check.output()).isZero();
		assertThat(check.output()).contains("the entities and the database agree");
		runs.add(check);

		for (Run run : runs) {
			assertThat(run.output()).doesNotContain(Notebook.CREATED).doesNotContain("Nowhere");
		}

		// The same application, started as itself, cannot start: the fixture proves what it claims
		List<String> arguments = new ArrayList<>(database);
		arguments.add("--spring.main.web-application-type=none");
		Run started = new SampleProcesses(this.directory).start(LeanApplication.class, List.of(), arguments)
			.await(Duration.ofMinutes(2));
		assertThat(started.status()).as(started.output()).isNotZero();
		assertThat(started.output()).contains("Could not resolve root entity 'Nowhere'");
	}

	/** A verb of the fixture application, as a process. */
	private Run retort(List<String> database, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("retort");
		command.addAll(List.of(arguments));
		command.addAll(database);
		return new SampleProcesses(this.directory).start(LeanApplication.class, List.of(), command)
			.await(Duration.ofMinutes(2));
	}

}
