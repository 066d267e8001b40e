package dev.retort.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code retort stamp TARGET... [--purge] [--update-checksums]}: records revisions as applied
 * without running them.
 */
@Command(name = "stamp", mixinStandardHelpOptions = true,
		description = "Record the target as the database's revision without running anything.")
final class StampCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "TARGET", arity = "1..*", description = "An id, head, heads or base.")
	List<String> targets = new ArrayList<>();

	@Option(names = "--purge", description = "Empty the version table first, even of revisions the code does not know.")
	boolean purge;

	@Option(names = "--update-checksums", description = "Accept the changes of applied revisions whose checksums differ.")
	boolean updateChecksums;

	StampCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		StepPrinter.print(this.context.retort().stamp(this.targets, this.purge, this.updateChecksums),
				this.context.graph(), this.spec.commandLine().getOut());
		return 0;
	}

}
