package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:branches}: shows the branch points.
 */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class BranchesMojo extends AbstractRetortMojo {

	/**
	 * Show the details of each revision.
	 */
	@Parameter(property = "detail", defaultValue = "false")
	private boolean detail;

	@Override
	protected String verb() {
		return "branches";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		addFlag(arguments, "-v", this.detail);
		return arguments;
	}

}
