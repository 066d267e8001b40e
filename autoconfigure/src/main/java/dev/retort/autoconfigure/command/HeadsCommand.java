package dev.retort.autoconfigure.command;

import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * {@code retort heads [-v]}: the head revisions of the code.
 */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the head revisions.")
final class HeadsCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = "-v", description = "Show each revision in full.")
	boolean verbose;

	HeadsCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		RevisionGraph graph = this.context.graph();
		RevisionPrinter printer = new RevisionPrinter(graph, Set.of());
		for (RevisionScript revision : graph.revisions()) {
			if (graph.heads().contains(revision.id()) || graph.effectiveHeads().contains(revision.id())) {
				printer.print(revision, RevisionPrinter.Form.SHORT, this.verbose, this.spec.commandLine().getOut());
			}
		}
		return 0;
	}

}
