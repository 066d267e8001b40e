package dev.retort.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * Retort against Flyway, Liquibase and raw JDBC, on PostgreSQL and H2:
 * <ol>
 * <li>start-up with nothing to do at N = 10, 100 and 1,000 applied revisions, warm (the tool
 * already ran in this JVM) and cold (a fresh JVM per run, see {@link ColdStart});</li>
 * <li>applying N = 100 and 1,000 revisions to an empty database;</li>
 * <li>autogenerate on 1,000 tables against Hibernate's schema validation;</li>
 * <li>the peak heap of each;</li>
 * <li>command mode as whole processes of a Spring Boot application ({@link WholeProcessBench}).</li>
 * </ol>
 * Prints Markdown tables of medians. Run: {@code java -jar bench/target/retort-bench.jar}; the
 * {@code -Dbench.*} properties of {@link Settings} choose databases, sections and repetitions.
 */
public final class Bench {

	private static final int[] STARTUP_SIZES = { 10, 100, 1000 };

	private static final int[] APPLY_SIZES = { 100, 1000 };

	private static final Map<ColdStart.DriverState, String> COLD_TITLES = Map.of(ColdStart.DriverState.LOADED,
			"Start-up with nothing to do, cold (first run in a fresh JVM, after the driver's class loaded: "
					+ "the tool's connection is the driver's first)",
			ColdStart.DriverState.CONNECTED,
			"Start-up with nothing to do, cold (first run in a fresh JVM, after the driver connected once "
					+ "to another database)");

	private final Settings settings;

	private final Report report = new Report();

	private Bench(Settings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		// Liquibase 4.30+ would otherwise send usage analytics from every update
		System.setProperty("liquibase.analytics.enabled", "false");
		// and would print its update summary to the console
		System.setProperty("liquibase.showSummaryOutput", "log");
		JavaUtilLogging.discard();
		Path h2Directory = Files.createTempDirectory("retort-bench-h2");
		try {
			Bench bench = new Bench(Settings.fromSystemProperties(h2Directory));
			long started = System.nanoTime();
			bench.run();
			System.out.printf("%nWhole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
		}
		finally {
			try (Stream<Path> files = Files.walk(h2Directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private void run() throws Exception {
		printEnvironment();
		for (Database database : this.settings.databases()) {
			if (this.settings.sections().contains("startup")) {
				startup(database);
			}
			if (this.settings.sections().contains("apply")) {
				apply(database);
			}
			if (this.settings.sections().contains("autogenerate")) {
				System.out.println("Autogenerate on " + database.displayName());
				this.report.add(new AutogenerateBench(this.settings).run(database,
						Math.max(3, this.settings.applyRepetitions())));
			}
		}
		this.report.print(System.out);
		if (this.settings.sections().contains("process") && this.settings.databases().contains(Database.POSTGRESQL)) {
			System.out.println(new WholeProcessBench(this.settings).run());
		}
	}

	private void printEnvironment() throws Exception {
		System.out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
				+ "), " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
		System.out.println("Flyway " + org.flywaydb.core.internal.license.VersionPrinter.getVersion() + ", Liquibase "
				+ liquibase.util.LiquibaseUtil.getBuildVersion() + ", Hibernate "
				+ org.hibernate.Version.getVersionString());
		for (Database database : this.settings.databases()) {
			String url = database.create(this.settings, "bench_version", false);
			try (Connection connection = database.dataSource(this.settings, url).getConnection()) {
				System.out.println(database.displayName() + " " + connection.getMetaData().getDatabaseProductVersion()
						+ ", driver " + connection.getMetaData().getDriverVersion());
			}
			database.drop(this.settings, "bench_version", url);
		}
	}

	/** Nothing to do: each tool's database is brought up to N first, then each run finds it there. */
	private void startup(Database database) throws Exception {
		for (int n : STARTUP_SIZES) {
			System.out.println("Start-up with nothing to do, " + database.displayName() + ", N = " + n);
			Workload workload = Workload.of(database, n);
			Map<Tool, String> urls = new EnumMap<>(Tool.class);
			for (Tool tool : Tool.STARTING) {
				String url = database.create(this.settings, name("start", tool, n), true);
				urls.put(tool, url);
				tool.migrate(database.dataSource(this.settings, url), workload);
			}
			Map<Tool, List<Sample>> warm = samples(Tool.STARTING);
			for (int i = -2; i < this.settings.warmRepetitions(); i++) {
				for (Tool tool : Tool.STARTING) {
					DataSource dataSource = database.dataSource(this.settings, urls.get(tool));
					Sample sample = Sample.measure(() -> tool.migrate(dataSource, workload));
					if (i >= 0) {
						warm.get(tool).add(sample);
					}
				}
			}
			this.report.add(row("Start-up with nothing to do, warm (already ran in this JVM)", database, n, warm));
			for (Tool tool : Tool.STARTING) {
				database.close(this.settings, urls.get(tool));
			}
			for (ColdStart.DriverState driver : ColdStart.DriverState.values()) {
				Map<Tool, List<Sample>> cold = samples(Tool.STARTING);
				for (int i = 0; i < this.settings.coldRepetitions(); i++) {
					for (Tool tool : Tool.STARTING) {
						cold.get(tool).add(coldStart(tool, database, urls.get(tool), n, driver));
					}
				}
				this.report.add(row(COLD_TITLES.get(driver), database, n, cold));
			}
			for (Tool tool : Tool.STARTING) {
				database.drop(this.settings, name("start", tool, n), urls.get(tool));
			}
		}
	}

	/** Applying N revisions to a new, empty database each time. */
	private void apply(Database database) throws Exception {
		// Three runs of 100 revisions each before any clock: one run of 10 left a tool's first
		// measured runs at 1,000 several times slower than its last, as the JIT caught up
		Workload warmUp = Workload.of(database, 100);
		for (int i = 0; i < 3; i++) {
			for (Tool tool : Tool.APPLYING) {
				applyOnce(tool, warmUp, "warmup" + i);
			}
		}
		for (int n : APPLY_SIZES) {
			System.out.println("Applying revisions to an empty database, " + database.displayName() + ", N = " + n);
			Workload workload = Workload.of(database, n);
			Map<Tool, List<Sample>> samples = samples(Tool.APPLYING);
			// A run of 100 revisions costs a tenth of one of 1,000, and its median moves more
			int repetitions = (n >= 1000) ? this.settings.applyRepetitions() : 3 * this.settings.applyRepetitions();
			for (int i = 0; i < repetitions; i++) {
				for (Tool tool : Tool.APPLYING) {
					samples.get(tool).add(applyOnce(tool, workload, "r" + i));
				}
			}
			this.report.add(row("Applying N revisions to an empty database (raw JDBC: the same statements, "
					+ "no bookkeeping; least bookkeeping: the same, recorded crash-safely; "
					+ "least work: that, with each revision's own Java code run first)", database, n, samples));
		}
	}

	private Sample applyOnce(Tool tool, Workload workload, String suffix) throws Exception {
		Database database = workload.database();
		String name = name("apply", tool, workload.n()) + "_" + suffix;
		String url = database.create(this.settings, name, false);
		try {
			DataSource dataSource = database.dataSource(this.settings, url);
			return Sample.measure(() -> tool.migrate(dataSource, workload));
		}
		finally {
			database.drop(this.settings, name, url);
		}
	}

	private Sample coldStart(Tool tool, Database database, String url, int n, ColdStart.DriverState driver)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Dliquibase.analytics.enabled=false");
		command.add("-Dliquibase.showSummaryOutput=log");
		command.add("-Dbench.postgresql.user=" + this.settings.postgresqlUser());
		if (this.settings.postgresqlPassword() != null) {
			command.add("-Dbench.postgresql.password=" + this.settings.postgresqlPassword());
		}
		command.addAll(List.of(ColdStart.class.getName(), tool.name(), database.name(), url, Integer.toString(n),
				driver.name()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				output.add(line);
			}
		}
		int exit = process.waitFor();
		String result = output.stream().filter((line) -> line.startsWith("COLD ")).findFirst().orElse(null);
		if (exit != 0 || result == null) {
			throw new IllegalStateException("The cold start of " + tool + " failed (" + exit + "):\n"
					+ String.join("\n", output));
		}
		String[] fields = result.split(" ");
		return new Sample(Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3]));
	}

	private static String name(String purpose, Tool tool, int n) {
		return "bench_" + purpose + "_" + tool.name().toLowerCase() + "_" + n;
	}

	private static Map<Tool, List<Sample>> samples(Set<Tool> tools) {
		Map<Tool, List<Sample>> samples = new EnumMap<>(Tool.class);
		for (Tool tool : tools) {
			samples.put(tool, new ArrayList<>());
		}
		return samples;
	}

	private static Report.Row row(String section, Database database, int n, Map<Tool, List<Sample>> samples) {
		Map<String, List<Sample>> byName = new LinkedHashMap<>();
		samples.forEach((tool, list) -> byName.put(tool.displayName(), list));
		return new Report.Row(section, database.displayName(), n, byName);
	}

}
