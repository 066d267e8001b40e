package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:lint}: fails the build when a pending revision's statement locks a large
 * table or loses data ({@code -Dstrict}: on a warning too); {@code -Dall} for every revision.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class LintMojo extends AbstractRetortMojo {

	/**
	 * Every revision, applied ones too, as one run from base applies them.
	 */
	@Parameter(property = "all", defaultValue = "false")
	private boolean all;

	/**
	 * Fail on a warning too.
	 */
	@Parameter(property = "strict", defaultValue = "false")
	private boolean strict;

	@Override
	protected String verb() {
		return "lint";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		addFlag(arguments, "--all", this.all);
		addFlag(arguments, "--strict", this.strict);
		return arguments;
	}

}
