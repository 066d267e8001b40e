package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:show -Drevision=...}: shows one revision.
 */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ShowMojo extends AbstractRetortMojo {

	/**
	 * The revision to show: an id, a unique prefix, {@code head}, {@code current}.
	 */
	@Parameter(property = "revision", required = true)
	private String revision;

	@Override
	protected String verb() {
		return "show";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add(this.revision);
		return arguments;
	}

}
