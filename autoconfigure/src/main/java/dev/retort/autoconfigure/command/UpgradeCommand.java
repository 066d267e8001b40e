package dev.retort.autoconfigure.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retort upgrade [TARGET] [--sql]}: applies the revisions up to the target, or prints their
 * SQL.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply the revisions up to the target.")
final class UpgradeCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "TARGET", defaultValue = "head",
			description = "head (default), heads, an id, +N, <label>@head; with --sql, a range from:to.")
	String target;

	@Option(names = "--sql", description = "Print the SQL script instead of running it.")
	boolean sql;

	@ArgGroup(exclusive = true, multiplicity = "0..1")
	InterruptedStatementOptions interrupted;

	UpgradeCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		if (this.sql) {
			PrintWriter out = this.spec.commandLine().getOut();
			out.print(this.context.offlineScript().upgrade(this.target));
			out.flush();
			return 0;
		}
		StepPrinter.print(this.context.retort().upgrade(this.target, InterruptedStatementOptions.of(this.interrupted)),
				this.context.graph(),
				this.spec.commandLine().getOut());
		return 0;
	}

}
