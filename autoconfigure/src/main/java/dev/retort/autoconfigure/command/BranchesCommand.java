package dev.retort.autoconfigure.command;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * {@code retort branches [-v]}: each branch point and the revisions it branches into.
 */
@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show the branch points.")
final class BranchesCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = "-v", description = "Show each branch point in full.")
	boolean verbose;

	BranchesCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		RevisionGraph graph = this.context.graph();
		RevisionPrinter printer = new RevisionPrinter(graph, Set.of());
		PrintWriter out = this.spec.commandLine().getOut();
		for (RevisionScript revision : graph.revisions()) {
			if (graph.branchPoints().contains(revision.id())) {
				printer.print(revision, RevisionPrinter.Form.SHORT, this.verbose, out);
				for (String child : graph.children(revision.id())) {
					RevisionScript branch = graph.get(child);
					out.println("    -> " + printer.shortLine(branch) + ", " + branch.message());
				}
			}
		}
		return 0;
	}

}
