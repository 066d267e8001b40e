package dev.retort.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.fixture.sequence.SequenceApplication;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command mode exists to change the schema, so Hibernate's own checks of the schema must
 * never stop it: an entity whose sequence's {@code allocationSize} (50) no longer matches the
 * database's increment (20) is exactly the change a revision is written for. Every verb runs, as
 * a process, against an application whose SessionFactory would refuse to start outside the
 * command mode.
 */
class CommandModeSequenceProcessTests {

	@TempDir
	Path directory;

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void aSequenceWhoseIncrementChangedLocksNoVerbOut(TestDatabase db) throws Exception {
		List<String> database = new SampleProcesses(this.directory).datasourceArguments(db);
		Run upgrade = retort(database, "upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).contains("The database is at 5e0c0a1b2c3d.");

		for (String[] verb : List.of(new String[] { "current" }, new String[] { "history" },
				new String[] { "heads" }, new String[] { "upgrade", "head" })) {
			Run run = retort(database, verb);
			assertThat(run.status()).as(run.output()).isZero();
			assertThat(run.output()).doesNotContain("increment size");
		}

		// The entities and the database differ in the sequence: check says so, as a difference
		Run check = retort(database, "check");
		assertThat(check.output()).doesNotContain("FAILED: The application did not start")
			.doesNotContain("increment size of the [tag_seq]")
			.contains("tag_seq");

		Run revision = retort(database, "revision", "--autogenerate", "-m", "tag ids fifty at a time",
				"--retort.source-directory=" + this.directory.resolve("src"));
		assertThat(revision.status()).as(revision.output()).isZero();
		assertThat(revision.output()).contains("Generating ").contains("tag_seq");

		Run downgrade = retort(database, "downgrade", "base");
		assertThat(downgrade.status()).as(downgrade.output()).isZero();
		assertThat(downgrade.output()).contains("The database is at base");
	}

	/** A verb of the fixture application, as a process. */
	private Run retort(List<String> database, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("retort");
		command.addAll(List.of(arguments));
		command.addAll(database);
		return new SampleProcesses(this.directory).start(SequenceApplication.class, List.of(), command)
			.await(Duration.ofMinutes(2));
	}

}
