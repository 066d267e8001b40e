package dev.retort.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs {@code retort <verb>} in the application itself, in a forked JVM on the project's
 * classpath, so that the verb sees exactly the application's configuration: its DataSource, its
 * entities, its naming strategies. The forked process's exit status becomes the goal's outcome.
 */
final class ApplicationLauncher {

	/** The command mode's status for a usage error; 1 is any other failure. */
	private static final int USAGE_ERROR = 2;

	private final Log log;

	ApplicationLauncher(Log log) {
		this.log = log;
	}

	void run(Path javaExecutable, List<String> jvmArguments, List<String> classpath, String mainClass,
			List<String> applicationArguments, File workingDirectory) throws MojoExecutionException, MojoFailureException {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable.toString());
		command.addAll(jvmArguments);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classpath));
		command.add(mainClass);
		command.addAll(applicationArguments);
		if (this.log.isDebugEnabled()) {
			this.log.debug("Running " + String.join(" ", command));
		}
		int status = start(command, workingDirectory);
		if (status == USAGE_ERROR) {
			throw new MojoFailureException("retort " + applicationArguments.get(1)
					+ " was called wrongly (see the message above); the goal's parameters are listed by"
					+ " 'mvn help:describe -Dplugin=retort -Ddetail'");
		}
		if (status != 0) {
			throw new MojoFailureException(
					"retort " + applicationArguments.get(1) + " failed with status " + status + " (see the output above)");
		}
	}

	private int start(List<String> command, File workingDirectory) throws MojoExecutionException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory).inheritIO();
		try {
			Process process = builder.start();
			try {
				return process.waitFor();
			}
			catch (InterruptedException ex) {
				process.destroy();
				Thread.currentThread().interrupt();
				throw new MojoExecutionException("Interrupted while the application ran", ex);
			}
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Could not start " + command.get(0) + ": " + ex.getMessage(), ex);
		}
	}

}
