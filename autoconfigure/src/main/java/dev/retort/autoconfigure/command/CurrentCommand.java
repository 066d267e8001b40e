package dev.retort.autoconfigure.command;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.script.RevisionGraph;

/**
 * {@code retort current [-v]}: the revision(s) the database is at.
 */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision(s) the database is at.")
final class CurrentCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = "-v", description = "Show each revision in full.")
	boolean verbose;

	CurrentCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		RevisionGraph graph = this.context.graph();
		Set<String> current = this.context.currentHeads();
		RevisionPrinter printer = new RevisionPrinter(graph, Set.of());
		PrintWriter out = this.spec.commandLine().getOut();
		if (current.isEmpty()) {
			out.println("The database is at base: no revision applied.");
		}
		for (String id : current) {
			printer.print(graph.get(id), RevisionPrinter.Form.SHORT, this.verbose, out);
		}
		return 0;
	}

}
