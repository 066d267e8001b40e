package dev.retort.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.springframework.boot.loader.tools.MainClassFinder;

/**
 * A goal that runs one {@code retort} verb in the application, after Maven has compiled the
 * project (so that a revision just written is seen).
 */
abstract class AbstractRetortMojo extends AbstractMojo {

	private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	/**
	 * The forked application starts once and runs one verb: the C1 compiler alone starts it sooner
	 * (with the serial collector, about a third on two cores). {@code retort.jvmArguments} come
	 * after it, so a long data migration can ask for the full compiler back
	 * ({@code -XX:TieredStopAtLevel=4}).
	 */
	private static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

	/** The serial collector, unless the user's arguments or the JVM's environment choose one. */
	private static final String QUICK_COLLECTOR = "-XX:+UseSerialGC";

	private static final java.util.regex.Pattern COLLECTOR = java.util.regex.Pattern.compile("-XX:[+-]Use\\w*GC\\b");

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/**
	 * The application's main class. Found by default: the {@code start-class} property, else the
	 * one {@code @SpringBootApplication} class with a main method.
	 */
	@Parameter(property = "retort.mainClass")
	private String mainClass;

	/**
	 * Extra JVM arguments for the forked application, such as {@code -Xmx512m}, after the ones a
	 * short run starts sooner with ({@code -XX:TieredStopAtLevel=1}, and {@code -XX:+UseSerialGC}
	 * unless these or {@code JAVA_TOOL_OPTIONS} choose a collector).
	 */
	@Parameter(property = "retort.jvmArguments")
	private List<String> jvmArguments = new ArrayList<>();

	/**
	 * Extra application arguments, such as {@code --spring.profiles.active=postgres}.
	 */
	@Parameter(property = "retort.arguments")
	private List<String> arguments = new ArrayList<>();

	/**
	 * Print the stack trace of a failure.
	 */
	@Parameter(property = "verbose", defaultValue = "false")
	private boolean verbose;

	/**
	 * Print where the forked application spent its time (the JVM to Spring, Spring's context, the
	 * verb and the entity mapping).
	 */
	@Parameter(property = "timings", defaultValue = "false")
	private boolean timings;

	/**
	 * Skip the goal.
	 */
	@Parameter(property = "retort.skip", defaultValue = "false")
	private boolean skip;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (this.skip) {
			getLog().info("Skipping retort:" + verb());
			return;
		}
		List<String> applicationArguments = new ArrayList<>();
		applicationArguments.add("retort");
		applicationArguments.add(verb());
		applicationArguments.addAll(verbArguments());
		if (this.verbose) {
			applicationArguments.add("--verbose");
		}
		if (this.timings) {
			applicationArguments.add("--timings");
		}
		applicationArguments.add("--retort.source-directory=" + sourceDirectory());
		applicationArguments.addAll(this.arguments);
		List<String> jvmArguments = new ArrayList<>(List.of(QUICK_COMPILER));
		if (!choosesCollector(this.jvmArguments) && !choosesCollector(
				java.util.Arrays.asList(System.getenv("JAVA_TOOL_OPTIONS"), System.getenv("JDK_JAVA_OPTIONS")))) {
			// Two collectors on one command line stop the JVM before it starts
			jvmArguments.add(QUICK_COLLECTOR);
		}
		jvmArguments.addAll(this.jvmArguments);
		new ApplicationLauncher(getLog()).run(javaExecutable(), jvmArguments, classpath(), mainClass(),
				applicationArguments, this.project.getBasedir());
	}

	static boolean choosesCollector(List<String> arguments) {
		return arguments.stream().anyMatch((argument) -> argument != null && COLLECTOR.matcher(argument).find());
	}

	/** The verb, as {@code java -jar app.jar retort <verb>} takes it. */
	protected abstract String verb();

	/** The verb's own arguments, from the goal's parameters. */
	protected abstract List<String> verbArguments();

	/** Adds {@code option value} when the value is set. */
	protected static void addOption(List<String> arguments, String option, String value) {
		if (value != null && !value.isBlank()) {
			arguments.add(option);
			arguments.add(value);
		}
	}

	/** Adds {@code option} when the flag is set. */
	protected static void addFlag(List<String> arguments, String option, boolean flag) {
		if (flag) {
			arguments.add(option);
		}
	}

	private String sourceDirectory() {
		List<String> roots = this.project.getCompileSourceRoots();
		return roots.isEmpty() ? new File(this.project.getBasedir(), "src/main/java").getAbsolutePath() : roots.get(0);
	}

	private List<String> classpath() throws MojoExecutionException {
		try {
			return this.project.getRuntimeClasspathElements();
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("The project's runtime classpath is not resolved: " + ex.getMessage(), ex);
		}
	}

	private String mainClass() throws MojoExecutionException {
		if (this.mainClass != null && !this.mainClass.isBlank()) {
			return this.mainClass;
		}
		String startClass = this.project.getProperties().getProperty("start-class");
		if (startClass != null && !startClass.isBlank()) {
			return startClass;
		}
		File classes = new File(this.project.getBuild().getOutputDirectory());
		try {
			String found = MainClassFinder.findSingleMainClass(classes, SPRING_BOOT_APPLICATION);
			if (found == null) {
				throw new MojoExecutionException("No @SpringBootApplication class with a main method in " + classes
						+ "; name the application's main class with -Dretort.mainClass=...");
			}
			return found;
		}
		catch (IllegalStateException ex) {
			throw new MojoExecutionException(ex.getMessage() + "; name one with -Dretort.mainClass=...", ex);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Could not search " + classes + " for the main class: " + ex.getMessage(),
					ex);
		}
	}

	private static Path javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

}
