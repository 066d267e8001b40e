package dev.retort.autoconfigure.command;

import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * {@code retort show REV}: the revision(s) a target names, in full.
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a revision in full.")
final class ShowCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "REV", description = "An id, a unique prefix of one, head, heads, current, <label>@head...")
	String revision;

	ShowCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		RevisionGraph graph = this.context.graph();
		Set<String> current = this.revision.contains("current") ? this.context.currentHeads() : Set.of();
		RevisionPrinter printer = new RevisionPrinter(graph, current);
		for (RevisionScript shown : graph.resolve(this.revision, current)) {
			printer.entry(shown).forEach(this.spec.commandLine().getOut()::println);
		}
		return 0;
	}

}
