package dev.retort.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.fixture.lint.LintApplication;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retort lint} as a process (issue 20): the pending revisions' hazards, one a line, exit 1
 * on an error and 0 once nothing risky is pending; the sample's revisions, as autogenerate wrote
 * them, lint clean.
 */
class CommandModeLintProcessTests {

	@TempDir
	Path directory;

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL })
	void lintNamesThePendingHazardsAndFailsOnAnError(TestDatabase db) throws Exception {
		List<String> database = new SampleProcesses(this.directory).datasourceArguments(db);
		Run upgrade = retort(database, "upgrade", "11a700000001");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();

		Run lint = retort(database, "lint");
		assertThat(lint.status()).as(lint.output()).isEqualTo(1);
		assertThat(lint.output()).contains("11a700000002 #2 ERROR truncate: TRUNCATE loses every row")
			.contains("1 error(s)");
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThat(lint.output()).contains("11a700000002 #1 WARNING index-blocks-writes: CREATE INDEX holds a"
					+ " SHARE lock on lint_note");
		}

		// The upgrade says it too, in the log, before it runs them
		Run done = retort(database, "upgrade", "head");
		assertThat(done.status()).as(done.output()).isZero();
		assertThat(done.output()).contains("Lint: 11a700000002 #2 ERROR truncate: TRUNCATE loses every row");
		assertThat(done.output().indexOf("Lint: 11a700000002"))
			.isLessThan(done.output().indexOf("Upgraded 11a700000002"));
		Run clean = retort(database, "lint");
		assertThat(clean.status()).as(clean.output()).isZero();
		assertThat(clean.output()).contains("No findings in the pending revisions.");
	}

	/**
	 * What autogenerate would write, {@code check} lints; what it has just written, it lints on the
	 * spot, against the database it compared.
	 */
	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void checkAndAutogenerateLintTheRevisionTheEntitiesCallFor(TestDatabase db) throws Exception {
		List<String> database = new SampleProcesses(this.directory).datasourceArguments(db);
		Run upgrade = retort(database, "upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		Run check = retort(database, "check");
		assertThat(check.status()).as(check.output()).isEqualTo(1);
		assertThat(check.output()).contains("Lint of what that revision would do, on this database:")
			.contains("index-blocks-writes");
		Run revision = retort(database, "revision", "--autogenerate", "-m", "index notes by id and body",
				"--retort.source-directory=" + this.directory.resolve("src"));
		assertThat(revision.status()).as(revision.output()).isZero();
		assertThat(revision.output()).contains("Generating ")
			.contains("Lint, on this database (review before it runs on a live one):")
			.contains("#1 WARNING index-blocks-writes: CREATE INDEX holds a SHARE lock on lint_note");
	}

	@Test
	void theSamplesRevisionsLintClean() throws Exception {
		Run lint = new SampleProcesses(this.directory).run("retort", "lint", "--all", "--strict",
				"--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("sample"));
		assertThat(lint.status()).as(lint.output()).isZero();
		assertThat(lint.output()).contains("No findings in the revisions.");
	}

	private Run retort(List<String> database, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("retort");
		command.addAll(List.of(arguments));
		command.addAll(database);
		return new SampleProcesses(this.directory).start(LintApplication.class, List.of(), command)
			.await(Duration.ofMinutes(2));
	}

}
