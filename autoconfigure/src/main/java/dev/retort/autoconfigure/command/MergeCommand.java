package dev.retort.autoconfigure.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.script.write.MergeRequest;
import dev.retort.script.write.NewRevision;
import dev.retort.script.write.NewRevisionResolver;
import dev.retort.script.write.RevisionBody;
import dev.retort.script.write.RevisionWriter;

/**
 * {@code retort merge REV... -m MSG}: writes a revision that joins several heads.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Write a revision that merges several heads.")
final class MergeCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to merge; 'heads' for every head.")
	List<String> revisions = new ArrayList<>();

	@Option(names = { "-m", "--message" }, description = "What the merge is for.")
	String message;

	@Option(names = "--rev-id", description = "The merge revision's id, instead of a generated one.")
	String revId;

	@Option(names = "--branch-label", description = "A branch label for the merge revision.")
	List<String> branchLabels = new ArrayList<>();

	MergeCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		NewRevision merge = new NewRevisionResolver(this.context.graph())
			.merge(new MergeRequest(this.revisions, this.message, this.revId, this.branchLabels, false));
		Path file = new RevisionWriter().writeJava(merge, this.context.sourceDirectory(),
				this.context.revisions().javaPackage(), RevisionBody.empty());
		this.spec.commandLine().getOut().println("Generating " + file + " ... done");
		return 0;
	}

}
