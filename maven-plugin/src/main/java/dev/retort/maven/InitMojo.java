package dev.retort.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:init}: creates the revisions package and prints the next steps.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class InitMojo extends AbstractRetortMojo {

	@Override
	protected String verb() {
		return "init";
	}

	@Override
	protected List<String> verbArguments() {
		return List.of();
	}

}
