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
 * {@code retort history [-r RANGE] [-v] [--indicate-current]}: the revisions, newest first.
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = { "-r", "--rev-range" }, paramLabel = "RANGE",
			description = "Only the revisions in [start]:[end], such as base:head or -3:current.")
	String range;

	@Option(names = "-v", description = "Show each revision in full.")
	boolean verbose;

	@Option(names = { "-i", "--indicate-current" }, description = "Mark the revisions the database is at.")
	boolean indicateCurrent;

	HistoryCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		RevisionGraph graph = this.context.graph();
		boolean needsDatabase = this.indicateCurrent || (this.range != null && this.range.contains("current"));
		Set<String> current = needsDatabase ? this.context.currentHeads() : Set.of();
		RevisionPrinter printer = new RevisionPrinter(graph, this.indicateCurrent ? current : Set.of());
		for (RevisionScript revision : graph.history((this.range != null) ? this.range : ":", current)) {
			printer.print(revision, RevisionPrinter.Form.LINE, this.verbose, this.spec.commandLine().getOut());
		}
		return 0;
	}

}
