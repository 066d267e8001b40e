package dev.retort.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.oracle.OracleApplications;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.SearchSeeds;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Hibernate oracle's models (issue 19) as applications users run: each random model is a
 * Spring Boot application of its own, started once with Hibernate's own schema export
 * ({@code ddl-auto=create}), then asked {@code retort check} in a new process, with Hibernate's
 * start-up checks against the database in the way, as in an application's command mode. Check
 * must find the schema Hibernate made exactly what the entities need.
 * {@code -Dretort.oracle.process.models=N} runs N models per database (one by default), from a
 * start {@link SearchSeeds} chooses ({@code -Dretort.oracle.process.base=S|random}).
 */
class CommandModeOracleProcessTests {

	@TempDir
	Path directory;

	@DatabaseTest
	void checkFindsNothingOnTheSchemaHibernateExportedForTheApplication(TestDatabase db) throws Exception {
		long base = SearchSeeds.base("retort.oracle.process.base");
		int models = Integer.getInteger("retort.oracle.process.models", 1);
		List<String> failures = new ArrayList<>();
		for (long seed = base; seed < base + models; seed++) {
			String failure = checkOne(db, seed);
			if (failure != null) {
				System.out.println("[oracle-process] " + failure);
				failures.add(failure);
			}
		}
		assertThat(failures).as("models whose schema check does not accept (printed above)").isEmpty();
	}

	/** The failure of the seed's model on the database, with its source and output; {@code null} if none. */
	private String checkOne(TestDatabase db, long seed) throws Exception {
		Path directory = this.directory.resolve(db.kind().name().toLowerCase() + "-" + seed);
		OracleApplications.Application application = OracleApplications.compile(seed, db.kind(),
				directory.resolve("model"));
		SampleProcesses processes = new SampleProcesses(directory);
		try (TestDatabase database = TestDatabase.of(db.kind())) {
			List<String> settings = new ArrayList<>(processes.datasourceArguments(database));
			settings.addAll(application.settings());
			List<String> export = new ArrayList<>(settings);
			export.add("--spring.jpa.hibernate.ddl-auto=create");
			export.add("--spring.main.web-application-type=none");
			// Hibernate builds the schema here, and there are no revisions to apply
			export.add("--retort.enabled=false");
			Run exported = run(processes, application, export);
			if (exported.status() != 0) {
				return describe(seed, db, "Hibernate's export in the application failed", exported, application);
			}
			List<String> check = new ArrayList<>(List.of("retort", "check"));
			check.addAll(settings);
			Run checked = run(processes, application, check);
			if (checked.status() != 0 || !checked.output().contains("No new upgrade operations detected")) {
				return describe(seed, db, "retort check does not accept Hibernate's own schema", checked, application);
			}
			return null;
		}
	}

	private static Run run(SampleProcesses processes, OracleApplications.Application application, List<String> arguments)
			throws Exception {
		return processes.start(application.mainClass(), List.of(application.classes()), List.of(), arguments)
			.await(Duration.ofMinutes(2));
	}

	private static String describe(long seed, TestDatabase db, String what, Run run,
			OracleApplications.Application application) {
		return "Seed " + seed + " on " + db.kind() + " (rerun with -Dretort.oracle.process.base=" + seed
				+ " -Dretort.oracle.process.models=1): " + what + ", exit " + run.status() + ":\n" + run.output()
				+ "\n" + application.description();
	}

}
