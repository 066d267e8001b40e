package dev.retort.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.TestDatabase;

/**
 * Starts the sample application as child JVMs on the test's class path, the way a user runs it
 * ({@code java ... SampleApplication [retort <verb>] --property=value}). Each child writes its
 * output to a log file of its own in the directory, so that a failure can show what every child
 * printed.
 */
final class SampleProcesses {

	/**
	 * A child only starts Spring once: the C1 compiler and the serial collector start it sooner,
	 * which matters when eight start at once on two cores.
	 */
	private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
			"-Xmx384m");

	private final Path directory;

	private final AtomicInteger started = new AtomicInteger();

	SampleProcesses(Path directory) {
		this.directory = directory;
	}

	/** Starts a child and returns at once; its output goes to {@link #log(Process)}'s file. */
	Child start(List<String> jvmOptions, List<String> arguments) throws IOException {
		return start(SampleApplication.class, jvmOptions, arguments);
	}

	/** Starts another application of the test's class path as a child, the same way. */
	Child start(Class<?> application, List<String> jvmOptions, List<String> arguments) throws IOException {
		return start(application.getName(), List.of(), jvmOptions, arguments);
	}

	/**
	 * Starts an application whose classes are the test's class path and the directories given
	 * (a model compiled by the test), the same way.
	 */
	Child start(String mainClass, List<Path> classes, List<String> jvmOptions, List<String> arguments)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(jvmOptions);
		command.add("-cp");
		List<String> classPath = new ArrayList<>(classes.stream().map(Path::toString).toList());
		classPath.add(System.getProperty("java.class.path"));
		command.add(String.join(java.io.File.pathSeparator, classPath));
		command.add(mainClass);
		command.addAll(arguments);
		Path log = this.directory.resolve(String.format("child-%02d-%d.log", this.started.incrementAndGet(),
				System.nanoTime()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new Child(process, log);
	}

	/** Runs a child to its end, within two minutes. */
	Run run(List<String> jvmOptions, List<String> arguments) throws IOException, InterruptedException {
		return start(jvmOptions, arguments).await(Duration.ofMinutes(2));
	}

	Run run(String... arguments) throws IOException, InterruptedException {
		return run(List.of(), List.of(arguments));
	}

	/**
	 * The {@code spring.datasource.*} arguments of a child on the test's database: H2 in a file
	 * of this directory, which the children open one after the other, else the server's.
	 */
	List<String> datasourceArguments(TestDatabase db) {
		if (db.kind() == DatabaseKind.H2) {
			return List.of("--spring.datasource.url=jdbc:h2:file:" + this.directory.resolve("db"),
					"--spring.datasource.username=sa", "--spring.datasource.password=");
		}
		return List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password());
	}

	/** What every child printed so far, for a failure's message. */
	String output() throws IOException {
		StringBuilder output = new StringBuilder();
		try (var logs = Files.list(this.directory)) {
			for (Path log : logs.filter((path) -> path.toString().endsWith(".log")).sorted().toList()) {
				output.append("--- ").append(log.getFileName()).append('\n')
					.append(Files.readString(log, StandardCharsets.UTF_8));
			}
		}
		return output.toString();
	}

	/** A started child JVM and the file its output goes to. */
	record Child(Process process, Path log) {

		Run await(Duration timeout) throws IOException, InterruptedException {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
				throw new AssertionError("The child did not end within " + timeout + ":\n" + output());
			}
			return new Run(this.process.exitValue(), output());
		}

		String output() throws IOException {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}

		/** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		boolean isAlive() {
			return this.process.isAlive();
		}

	}

	/** A child's exit status and everything it printed. */
	record Run(int status, String output) {
	}

}
