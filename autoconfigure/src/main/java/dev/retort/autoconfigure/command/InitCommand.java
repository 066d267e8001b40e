package dev.retort.autoconfigure.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.RetortException;

/**
 * {@code retort init}: creates the revisions package, with a {@code package-info.java} that says
 * what belongs there, and prints the next steps.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
		description = "Create the revisions package and print the next steps.")
final class InitCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	InitCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		String javaPackage = this.context.revisions().javaPackage();
		Path directory = this.context.sourceDirectory().resolve(javaPackage.replace('.', '/'));
		Path packageInfo = directory.resolve("package-info.java");
		if (Files.exists(packageInfo)) {
			out.println("The revisions package " + javaPackage + " exists already: " + directory);
		}
		else {
			write(packageInfo, javaPackage);
			out.println("Created the revisions package " + javaPackage + ": " + packageInfo);
		}
		out.println();
		out.println("Next steps:");
		out.println("  1. Point spring.datasource.* (application.yml) at your development database.");
		out.println("  2. Write the first revision from your @Entity classes:");
		out.println("       mvn retort:revision -Dautogenerate -Dmessage=\"first commit\"");
		out.println("  3. Apply it:");
		out.println("       mvn retort:upgrade");
		out.println("  The application applies pending revisions at start-up too (retort.startup=upgrade).");
		return 0;
	}

	private static void write(Path packageInfo, String javaPackage) {
		String content = """
				/**
				 * Schema revisions, applied in the order of their graph by Retort: each class is
				 * annotated {@code @Revision} and implements {@code dev.retort.Migration}. Write new ones
				 * with {@code mvn retort:revision -Dmessage="..."} (add {@code -Dautogenerate} to fill
				 * them from the entities).
				 */
				package %s;
				""".formatted(javaPackage);
		try {
			Files.createDirectories(packageInfo.getParent());
			Files.writeString(packageInfo, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new RetortException("Could not create " + packageInfo + ": " + ex.getMessage()
					+ "; check that retort.source-directory points at the project's sources", ex);
		}
	}

}
