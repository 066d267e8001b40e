package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:merge -Drevisions=heads -Dmessage="..."}: writes a revision that merges several heads.
 */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class MergeMojo extends AbstractRetortMojo {

	/**
	 * The revisions to merge, separated by commas; {@code heads} for every head.
	 */
	@Parameter(property = "revisions", defaultValue = "heads")
	private List<String> revisions = new ArrayList<>();

	/**
	 * What the merge is for, in a line.
	 */
	@Parameter(property = "message")
	private String message;

	/**
	 * The merge revision's id, instead of a generated one.
	 */
	@Parameter(property = "revId")
	private String revId;

	/**
	 * A branch label for the merge revision.
	 */
	@Parameter(property = "branchLabel")
	private String branchLabel;

	@Override
	protected String verb() {
		return "merge";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.addAll(this.revisions);
		addOption(arguments, "-m", this.message);
		addOption(arguments, "--rev-id", this.revId);
		addOption(arguments, "--branch-label", this.branchLabel);
		return arguments;
	}

}
