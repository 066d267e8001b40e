package dev.retort.autoconfigure.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code retort}: the verbs, as Alembic's.
 */
@Command(name = "retort", mixinStandardHelpOptions = true, subcommandsRepeatable = false,
		description = "Schema migrations for this application, as Alembic's verbs.",
		subcommands = { InitCommand.class, RevisionCommand.class, UpgradeCommand.class, DowngradeCommand.class,
				CurrentCommand.class, HistoryCommand.class, HeadsCommand.class, BranchesCommand.class,
				ShowCommand.class, StampCommand.class, MergeCommand.class, CheckCommand.class, LintCommand.class })
final class RetortCommand implements Runnable {

	@Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print the stack trace of a failure.")
	boolean verbose;

	@Option(names = "--timings", scope = ScopeType.INHERIT,
			description = "Print where the process spent its time (JVM, Spring, the verb) to standard error.")
	boolean timings;

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "Missing the verb, such as 'upgrade head'");
	}

}
