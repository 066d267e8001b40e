package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command mode as an init container or a CI step runs it: {@code retort current},
 * {@code upgrade heads} with nothing to do and {@code check} with nothing differing, each a fresh
 * JVM of a Spring Boot application of N = 100 and 1,000 entities ({@code bench-app}) on
 * PostgreSQL, timed from the process's start to its exit, with its peak resident memory and its
 * own account of where the time went ({@code --timings}: the JVM to Spring, Spring's context,
 * the verb, the entity mapping).
 * <p>
 * Four ways to start the same application: {@code java -jar} with the JVM's defaults; the jar
 * extracted as Spring Boot recommends for production ({@code -Djarmode=tools extract}) with the
 * C1 compiler only and the serial collector; the same with a class data sharing archive made by
 * one training run of {@code check}; and that with the heap capped at 128 MB, which the JVM would
 * otherwise let grow to a quarter of the machine's memory before collecting.
 */
final class WholeProcessBench {

	private static final int[] SIZES = { 100, 1000 };

	private static final List<List<String>> VERBS = List.of(List.of("current"), List.of("upgrade", "heads"),
			List.of("check"));

	private static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private static final Pattern TIMINGS = Pattern.compile("Timings: the JVM to Spring (\\d+) ms, Spring's context "
			+ "(\\d+) ms, the verb (\\d+) ms(?: \\(of which the entity mapping (\\d+) ms\\))?");

	private final Settings settings;

	WholeProcessBench(Settings settings) {
		this.settings = settings;
	}

	/** Runs the section and returns its table, in Markdown. */
	String run() throws Exception {
		Path jar = this.settings.applicationJar().toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No benchmark application at " + jar
					+ ": build it with mvn -pl bench-app -am package -DskipTests, or set -Dbench.app.jar");
		}
		Path work = Files.createTempDirectory("retort-bench-process");
		Path extracted = work.resolve("app");
		run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				extracted.toString()));
		Path extractedJar = extracted.resolve(jar.getFileName());
		StringBuilder table = new StringBuilder("""

				### Command mode, whole process (PostgreSQL, a fresh JVM per run, nothing to do)

				Median wall time from the process's start to its exit, peak resident memory, and the
				split the process prints with --timings (the JVM to Spring / Spring's context / the verb,
				of which the entity mapping):

				| N | Start | Verb | Whole process | Peak RSS | JVM to Spring / context / verb (mapping) | Runs |
				|---:|---|---|---:|---:|---|---:|
				""");
		for (int n : SIZES) {
			String mainClass = "dev.retort.bench.app.n" + n + ".App" + n;
			String url = Database.POSTGRESQL.create(this.settings, "bench_process_n" + n, false);
			List<String> database = List.of("--spring.datasource.url=" + url,
					"--spring.datasource.username=" + this.settings.postgresqlUser(),
					"--spring.datasource.password="
							+ (this.settings.postgresqlPassword() != null ? this.settings.postgresqlPassword() : ""));
			Path archive = work.resolve("n" + n + ".jsa");
			List<String> shared = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
					"-Xlog:cds+dynamic=off");
			List<String> extractedApplication = List.of("-cp", extractedJar.toString(), mainClass);
			List<Start> starts = List.of(
					new Start("java -jar", List.of("-Dloader.main=" + mainClass, "-jar", jar.toString())),
					new Start("extracted, C1, serial GC", concat(QUICK_JVM, extractedApplication)),
					new Start("extracted, C1, serial GC, CDS", concat(QUICK_JVM, shared, extractedApplication)),
					new Start("extracted, C1, serial GC, CDS, -Xmx128m",
							concat(QUICK_JVM, shared, List.of("-Xmx128m"), extractedApplication)));
			System.out.println("Command mode, whole process, N = " + n + ": applying the revisions");
			requireSuccess(measure(starts.get(0), List.of("upgrade", "heads"), database));
			// The training run that writes the archive the third way starts from
			requireSuccess(measure(new Start("training", concat(QUICK_JVM, List.of(
					"-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp",
					extractedJar.toString(), mainClass))), List.of("check"), database));
			for (Start start : starts) {
				for (List<String> verb : VERBS) {
					System.out.println("Command mode, whole process, N = " + n + ": " + start.name() + ", "
							+ String.join(" ", verb));
					List<Run> runs = new ArrayList<>();
					for (int i = 0; i < this.settings.processRepetitions(); i++) {
						runs.add(requireSuccess(measure(start, verb, database)));
					}
					table.append(row(n, start, verb, runs));
				}
			}
			Database.POSTGRESQL.drop(this.settings, "bench_process_n" + n, url);
		}
		return table.toString();
	}

	private static String row(int n, Start start, List<String> verb, List<Run> runs) {
		String mapping = runs.get(0).timings()[3] >= 0 ? " (%d)".formatted(median(runs, (run) -> run.timings()[3]))
				: "";
		return "| %d | %s | %s | %d ms | %d MB | %d / %d / %d%s ms | %d |%n".formatted(n, start.name(),
				String.join(" ", verb), median(runs, Run::millis), median(runs, Run::peakKb) / 1024,
				median(runs, (run) -> run.timings()[0]), median(runs, (run) -> run.timings()[1]),
				median(runs, (run) -> run.timings()[2]), mapping, runs.size());
	}

	/** One fresh JVM running one verb, timed from before its start to after its exit. */
	private static Run measure(Start start, List<String> verb, List<String> database) throws Exception {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(start.arguments());
		command.add("retort");
		command.addAll(verb);
		command.add("--timings");
		command.addAll(database);
		Path log = Files.createTempFile("retort-bench-process", ".log");
		try {
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
			long peakKb = 0;
			while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
				peakKb = Math.max(peakKb, peakResidentKb(process.pid()));
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			String output = Files.readString(log, StandardCharsets.UTF_8);
			return new Run(process.exitValue(), millis, peakKb, timings(output), output);
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	/** The process's peak resident set so far (Linux's VmHWM), 0 once it is gone. */
	private static long peakResidentKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// The process ended between two looks
		}
		return 0;
	}

	private static long[] timings(String output) {
		Matcher matcher = TIMINGS.matcher(output);
		if (!matcher.find()) {
			return new long[] { -1, -1, -1, -1 };
		}
		return new long[] { Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
				Long.parseLong(matcher.group(3)), (matcher.group(4) != null) ? Long.parseLong(matcher.group(4)) : -1 };
	}

	private static Run requireSuccess(Run run) {
		if (run.status() != 0) {
			throw new IllegalStateException("The benchmark application failed (exit " + run.status() + "):\n"
					+ run.output());
		}
		return run;
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("Failed: " + String.join(" ", command));
		}
	}

	private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> value) {
		long[] values = runs.stream().mapToLong(value).toArray();
		Arrays.sort(values);
		return values[values.length / 2];
	}

	@SafeVarargs
	private static List<String> concat(List<String>... parts) {
		List<String> all = new ArrayList<>();
		Arrays.stream(parts).forEach(all::addAll);
		return all;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** A way to start the application: a name and the JVM's arguments up to the application's. */
	private record Start(String name, List<String> arguments) {

	}

	private record Run(int status, long millis, long peakKb, long[] timings, String output) {

	}

}
