package dev.retort.script;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.retort.Migration;

/**
 * Compiles Java sources with the JDK's compiler against retort-core's classes, with or without
 * the revision index processor, for tests of discovery and of generated revisions.
 */
public final class TestCompiler {

	/**
	 * @param diagnostics what javac reported
	 * @param success whether compilation succeeded
	 */
	public record Outcome(boolean success, String diagnostics) {
	}

	private TestCompiler() {
	}

	/** Where retort-core's main classes are: the class path of the compiled sources. */
	public static Path coreClasses() {
		try {
			return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Compiles every {@code .java} file under {@code sourceRoot} (or only {@code sources} when
	 * given) into {@code output}, with {@code output} on the class path too.
	 */
	public static Outcome compile(Path sourceRoot, Path output, boolean runProcessor, List<Path> sources)
			throws IOException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-classpath",
				coreClasses() + File.pathSeparator + output, "-encoding", "UTF-8", "-Xlint:all,-processing"));
		if (runProcessor) {
			arguments.addAll(List.of("-processorpath", coreClasses().toString(), "-processor",
					"dev.retort.script.discovery.RevisionIndexProcessor"));
		}
		else {
			arguments.add("-proc:none");
		}
		List<Path> files = sources.isEmpty() ? javaFiles(sourceRoot) : sources;
		files.forEach((file) -> arguments.add(file.toString()));
		StringWriter diagnostics = new StringWriter();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int status = compiler.run(null, out, out, arguments.toArray(String[]::new));
		diagnostics.write(out.toString());
		return new Outcome(status == 0, diagnostics.toString());
	}

	private static List<Path> javaFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

}
