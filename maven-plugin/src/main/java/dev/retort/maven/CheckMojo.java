package dev.retort.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:check}: fails the build when the entities and the database differ, that is
 * when a revision is missing; a gate for CI, as Alembic's {@code check}.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractRetortMojo {

	@Override
	protected String verb() {
		return "check";
	}

	@Override
	protected List<String> verbArguments() {
		return List.of();
	}

}
