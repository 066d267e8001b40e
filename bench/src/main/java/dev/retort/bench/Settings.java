package dev.retort.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a run measures and where, from {@code -Dbench.*} system properties.
 *
 * @param postgresqlUrl the server's URL without a database name, ending in {@code /}
 * @param postgresqlUser the user, who may create databases
 * @param postgresqlPassword the password, {@code null} for none
 * @param h2Directory where H2 file databases go
 * @param databases the databases to run on
 * @param sections the measurements to take
 * @param warmRepetitions repetitions of each warm start-up measurement
 * @param coldRepetitions fresh JVMs per cold start-up measurement
 * @param applyRepetitions repetitions of each apply measurement at N = 1,000 (three times as many at N = 100)
 * @param applicationJar the whole-process section's Spring Boot application ({@code bench-app})
 * @param processRepetitions fresh JVMs per whole-process measurement
 */
record Settings(String postgresqlUrl, String postgresqlUser, String postgresqlPassword, Path h2Directory,
		Set<Database> databases, Set<String> sections, int warmRepetitions, int coldRepetitions,
		int applyRepetitions, Path applicationJar, int processRepetitions) {

	static Settings fromSystemProperties(Path h2Directory) {
		Set<Database> databases = EnumSet.noneOf(Database.class);
		for (String name : System.getProperty("bench.databases", "postgresql,h2").split(",")) {
			databases.add(Database.valueOf(name.strip().toUpperCase()));
		}
		return new Settings(System.getProperty("bench.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/"),
				System.getProperty("bench.postgresql.user", "postgres"),
				System.getProperty("bench.postgresql.password"), h2Directory, databases,
				Set.of(System.getProperty("bench.sections", "startup,apply,autogenerate,process").split(",")),
				Integer.getInteger("bench.warm-repetitions", 7), Integer.getInteger("bench.cold-repetitions", 5),
				Integer.getInteger("bench.apply-repetitions", 4),
				Path.of(System.getProperty("bench.app.jar", "bench-app/target/retort-bench-app.jar")),
				Integer.getInteger("bench.process-repetitions", 5));
	}

}
