package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:revision -Dmessage="..." [-Dautogenerate]}: writes a new revision into the project's sources.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RevisionMojo extends AbstractRetortMojo {

	/**
	 * What the revision does, in a line.
	 */
	@Parameter(property = "message")
	private String message;

	/**
	 * Fill the revision from the difference between the entities and the database.
	 */
	@Parameter(property = "autogenerate", defaultValue = "false")
	private boolean autogenerate;

	/**
	 * {@code java} (default) or {@code sql}.
	 */
	@Parameter(property = "format")
	private String format;

	/**
	 * The new revision's id, instead of a generated one.
	 */
	@Parameter(property = "revId")
	private String revId;

	/**
	 * The revision to build on, when there are several heads, or {@code base} for a new root.
	 */
	@Parameter(property = "head")
	private String head;

	/**
	 * A branch label for the new revision.
	 */
	@Parameter(property = "branchLabel")
	private String branchLabel;

	/**
	 * Revisions the new one depends on without revising them, separated by commas.
	 */
	@Parameter(property = "dependsOn")
	private List<String> dependsOn = new ArrayList<>();

	/**
	 * With autogenerate: write a removed and an added column (or table) as such, never as a rename.
	 */
	@Parameter(property = "noRenames", defaultValue = "false")
	private boolean noRenames;

	/**
	 * With autogenerate: take every inferred rename without asking. Otherwise a terminal asks, and
	 * without one (an IDE, CI, batch mode) only renames whose names agree are taken; the others are
	 * written as a drop and an add, with a comment naming the possible rename.
	 */
	@Parameter(property = "acceptRenames", defaultValue = "false")
	private boolean acceptRenames;

	@Override
	protected String verb() {
		return "revision";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		addOption(arguments, "-m", this.message);
		addFlag(arguments, "--autogenerate", this.autogenerate);
		addOption(arguments, "--format", this.format);
		addOption(arguments, "--rev-id", this.revId);
		addOption(arguments, "--head", this.head);
		addOption(arguments, "--branch-label", this.branchLabel);
		this.dependsOn.forEach((dependency) -> addOption(arguments, "--depends-on", dependency));
		addFlag(arguments, "--no-renames", this.noRenames);
		addFlag(arguments, "--accept-renames", this.acceptRenames);
		return arguments;
	}

}
