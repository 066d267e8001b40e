package dev.retort.autoconfigure.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a command-mode process spends its time, printed to standard error with {@code --timings}:
 * from the JVM's start to Spring's, Spring's context, and the verb, with the parts of the verb
 * worth naming (building the entity mapping). What a Kubernetes init container or a CI step pays,
 * and what the README's advice on start-up (class data sharing, the C1 compiler) shortens.
 */
final class CommandTimings {

	private final Instant jvmStarted;

	private final long springStarting = System.nanoTime();

	private long contextReady;

	private final List<String> parts = new ArrayList<>();

	private CommandTimings(Instant jvmStarted) {
		this.jvmStarted = jvmStarted;
	}

	/** Timings whose Spring part starts now. */
	static CommandTimings springStartingNow() {
		Instant now = Instant.now();
		return new CommandTimings(ProcessHandle.current().info().startInstant().orElse(now));
	}

	void contextReady() {
		this.contextReady = System.nanoTime();
	}

	/** Runs a named part of the verb and records how long it took. */
	<T> T time(String part, Supplier<T> work) {
		long started = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			this.parts.add(part + " " + millis(System.nanoTime() - started));
		}
	}

	/** One line, such as {@code Timings: the JVM to Spring 450 ms, Spring's context 2310 ms, ...}. */
	String describe() {
		long now = System.nanoTime();
		long toSpring = Math.max(0, Instant.now().toEpochMilli() - this.jvmStarted.toEpochMilli()
				- (now - this.springStarting) / 1_000_000);
		long context = (this.contextReady != 0) ? this.contextReady : now;
		StringBuilder line = new StringBuilder("Timings: the JVM to Spring ").append(toSpring)
			.append(" ms, Spring's context ")
			.append(millis(context - this.springStarting))
			.append(", the verb ")
			.append(millis(now - context));
		if (!this.parts.isEmpty()) {
			line.append(" (of which ").append(String.join(", ", this.parts)).append(')');
		}
		return line.toString();
	}

	private static String millis(long nanos) {
		return (nanos / 1_000_000) + " ms";
	}

}
