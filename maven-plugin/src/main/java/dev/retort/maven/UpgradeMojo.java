package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:upgrade [-Dtarget=...]}: applies the revisions up to the target, {@code head} by default.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class UpgradeMojo extends AbstractRetortMojo {

	/**
	 * Where to go: {@code head}, {@code heads}, a revision, {@code +N}, {@code <label>@head}; with
	 * {@code sql}, a range {@code from:to}.
	 */
	@Parameter(property = "target", defaultValue = "head")
	private String target;

	/**
	 * Print the SQL instead of running it.
	 */
	@Parameter(property = "sql", defaultValue = "false")
	private boolean sql;

	/**
	 * Resume the unfinished step by running the statement it stopped at again, after checking
	 * that statement's effects were undone.
	 */
	@Parameter(property = "rerunStatement", defaultValue = "false")
	private boolean rerunStatement;

	/**
	 * Resume the unfinished step after the statement it stopped at, counting it done, after
	 * checking that statement's effects are complete.
	 */
	@Parameter(property = "skipStatement", defaultValue = "false")
	private boolean skipStatement;

	@Override
	protected String verb() {
		return "upgrade";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add(this.target);
		addFlag(arguments, "--sql", this.sql);
		addFlag(arguments, "--rerun-statement", this.rerunStatement);
		addFlag(arguments, "--skip-statement", this.skipStatement);
		return arguments;
	}

}
