package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:history [-Drange=A:B]}: lists the revisions, newest first.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class HistoryMojo extends AbstractRetortMojo {

	/**
	 * A range {@code [start]:[end]} of revisions to show.
	 */
	@Parameter(property = "range")
	private String range;

	/**
	 * Show the details of each revision.
	 */
	@Parameter(property = "detail", defaultValue = "false")
	private boolean detail;

	/**
	 * Mark the revisions the database is at.
	 */
	@Parameter(property = "indicateCurrent", defaultValue = "false")
	private boolean indicateCurrent;

	@Override
	protected String verb() {
		return "history";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		addOption(arguments, "-r", this.range);
		addFlag(arguments, "-v", this.detail);
		addFlag(arguments, "--indicate-current", this.indicateCurrent);
		return arguments;
	}

}
