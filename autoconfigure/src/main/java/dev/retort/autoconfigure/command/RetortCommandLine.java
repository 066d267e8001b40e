package dev.retort.autoconfigure.command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import dev.retort.RetortException;

/**
 * Parses a verb with picocli and runs it: 0 on success, 1 on failure (or when {@code check}
 * finds differences), 2 on a usage error. A failure prints one line, {@code FAILED: <message>},
 * and the stack trace only with {@code --verbose}.
 */
final class RetortCommandLine {

	private final CommandContext context;

	private final PrintStream output;

	/** A command line printing to {@code output}, and failures to standard error. */
	RetortCommandLine(CommandContext context, PrintStream output) {
		this.context = context;
		this.output = output;
	}

	int execute(CommandModeArguments arguments) {
		PrintWriter out = new PrintWriter(this.output, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		CommandLine commandLine = new CommandLine(new RetortCommand(), new VerbFactory(this.context));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
			// A verb that builds the entity mapping asks the database for its dialect there
			String failure = (ex instanceof RetortException) ? ex.getMessage()
					: StartUpFailure.unreachableDatabase(this.context.environment()).orElseGet(() -> describe(ex));
			err.println("FAILED: " + failure);
			if (arguments.verbose()) {
				ex.printStackTrace(err);
			}
			return CommandLine.ExitCode.SOFTWARE;
		});
		return commandLine.execute(arguments.verbArguments().toArray(String[]::new));
	}

	/**
	 * The message of a failure: Retort's own messages say what is wrong and what to do; anything
	 * else is named by its type as well, since its message alone may not say where it comes from.
	 */
	static String describe(Throwable ex) {
		if (ex instanceof RetortException) {
			return ex.getMessage();
		}
		String message = ex.getMessage();
		return ex.getClass().getName() + ((message != null) ? ": " + message : "");
	}

	/**
	 * Creates each verb with the command context when it takes one.
	 */
	private static final class VerbFactory implements IFactory {

		private final CommandContext context;

		private final IFactory defaults = CommandLine.defaultFactory();

		VerbFactory(CommandContext context) {
			this.context = context;
		}

		@Override
		public <K> K create(Class<K> type) throws Exception {
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CommandContext.class) {
					constructor.setAccessible(true);
					return type.cast(constructor.newInstance(this.context));
				}
			}
			return this.defaults.create(type);
		}

	}

}
