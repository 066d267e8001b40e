package dev.retort.autoconfigure.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command line of {@code java -jar app.jar retort <verb> [args]}: the verb's own arguments,
 * without the Spring Boot {@code --name=value} properties given beside them.
 *
 * @param verbArguments the verb and its arguments
 */
record CommandModeArguments(List<String> verbArguments) {

	/** The first application argument that switches the application into command mode. */
	static final String COMMAND = "retort";

	/**
	 * A Spring Boot property argument: {@code --} and a dotted property name with a value, such as
	 * {@code --spring.profiles.active=prod} or {@code --retort.source-directory=src/main/java}.
	 * Verb options are never dotted, so the two cannot be confused.
	 */
	private static final Pattern PROPERTY_ARGUMENT = Pattern.compile("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\[\\]-]+)+=.*",
			Pattern.DOTALL);

	CommandModeArguments {
		verbArguments = List.copyOf(verbArguments);
	}

	/**
	 * The command mode's arguments, or empty when the application runs as usual.
	 */
	static Optional<CommandModeArguments> of(String... args) {
		if (args.length == 0 || !COMMAND.equals(args[0])) {
			return Optional.empty();
		}
		List<String> verbArguments = new ArrayList<>();
		Arrays.stream(args).skip(1).filter((arg) -> !PROPERTY_ARGUMENT.matcher(arg).matches()).forEach(verbArguments::add);
		return Optional.of(new CommandModeArguments(verbArguments));
	}

	boolean verbose() {
		return this.verbArguments.contains("--verbose");
	}

	/** Whether the process says where its time went, on standard error. */
	boolean timings() {
		return this.verbArguments.contains("--timings");
	}

	/** Whether the verb prints SQL instead of running it: then nothing may connect. */
	boolean offline() {
		return this.verbArguments.contains("--sql");
	}

}
