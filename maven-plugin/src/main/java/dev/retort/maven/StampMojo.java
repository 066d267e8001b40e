package dev.retort.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:stamp -Dtarget=...}: records the target as the database's revision without running anything.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class StampMojo extends AbstractRetortMojo {

	/**
	 * The revision(s) to record: an id, {@code head}, {@code heads}, {@code base}.
	 */
	@Parameter(property = "target", required = true)
	private String target;

	/**
	 * Empty the version table first, even of revisions unknown to the code.
	 */
	@Parameter(property = "purge", defaultValue = "false")
	private boolean purge;

	/**
	 * Accept the current checksums of applied revisions that were changed.
	 */
	@Parameter(property = "updateChecksums", defaultValue = "false")
	private boolean updateChecksums;

	/**
	 * Print the SQL instead of running it.
	 */
	@Parameter(property = "sql", defaultValue = "false")
	private boolean sql;

	@Override
	protected String verb() {
		return "stamp";
	}

	@Override
	protected List<String> verbArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add(this.target);
		addFlag(arguments, "--purge", this.purge);
		addFlag(arguments, "--update-checksums", this.updateChecksums);
		addFlag(arguments, "--sql", this.sql);
		return arguments;
	}

}
