package dev.retort.autoconfigure.command;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.RetortException;
import dev.retort.autoconfigure.autogenerate.ModelComparison;
import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.AutogenerateOptions;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.compare.PlannedOperation;
import dev.retort.lint.Finding;
import dev.retort.script.RevisionGraph;
import dev.retort.script.write.NewRevision;
import dev.retort.script.write.NewRevisionResolver;
import dev.retort.script.write.RevisionBody;
import dev.retort.script.write.RevisionRequest;
import dev.retort.script.write.RevisionWriter;

/**
 * {@code retort revision -m MSG [--autogenerate] [--format java|sql] [--rev-id ID] [--head H]
 * [--branch-label L] [--depends-on R]}: writes a new revision into the project's sources.
 */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Write a new revision.")
final class RevisionCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = { "-m", "--message" }, description = "What the revision does, in a line.")
	String message;

	@Option(names = "--autogenerate", description = "Fill the revision from the difference between the entities and the database.")
	boolean autogenerate;

	@Option(names = "--format", defaultValue = "java", description = "java (default) or sql.")
	String format;

	@Option(names = "--rev-id", description = "The new revision's id, instead of a generated one.")
	String revId;

	@Option(names = "--head", description = "The revision to build on: a head, <label>@head, or base for a new root.")
	String head;

	@Option(names = "--splice", description = "Allow building on a revision that is not a head (a new branch).")
	boolean splice;

	@Option(names = "--branch-label", description = "A branch label for the new revision.")
	List<String> branchLabels = new ArrayList<>();

	@Option(names = "--depends-on", description = "A revision the new one depends on without revising it.")
	List<String> dependsOn = new ArrayList<>();

	@Option(names = "--no-renames", description = "With --autogenerate: never infer a rename.")
	boolean noRenames;

	@Option(names = "--accept-renames", description = "With --autogenerate: take every inferred rename without"
			+ " asking. Otherwise a terminal asks, and without one only renames whose names agree are taken.")
	boolean acceptRenames;

	RevisionCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		RevisionFormat revisionFormat = RevisionFormat.of(this.format);
		if (this.autogenerate) {
			return autogenerate(revisionFormat);
		}
		NewRevision revision = newRevision();
		RevisionWriter writer = new RevisionWriter();
		Path file = switch (revisionFormat) {
			case JAVA -> writer.writeJava(revision, this.context.sourceDirectory(),
					this.context.revisions().javaPackage(), RevisionBody.empty());
			case SQL -> writer.writeSql(revision, sqlDirectory(), List.of(), List.of());
		};
		this.spec.commandLine().getOut().println("Generating " + file + " ... done");
		return 0;
	}

	private NewRevision newRevision() {
		RevisionGraph graph = this.context.graph();
		return new NewRevisionResolver(graph).revision(
				new RevisionRequest(this.message, this.revId, this.head, this.splice, this.branchLabels, this.dependsOn));
	}

	/**
	 * Compares the entities with the database and writes what differs as a Java revision; writes
	 * nothing when they agree, as Django's {@code makemigrations} (Alembic writes an empty file).
	 */
	private int autogenerate(RevisionFormat revisionFormat) {
		if (revisionFormat != RevisionFormat.JAVA) {
			throw new RetortException("--autogenerate writes Java revisions; leave out --format " + this.format);
		}
		PrintWriter out = this.spec.commandLine().getOut();
		NewRevision revision = newRevision();
		ModelComparison comparison = this.context.modelComparison();
		MigrationPlan plan = comparison.compare(autogenerateOptions(comparison));
		if (plan.isEmpty()) {
			out.println("No changes detected: the entities and the database agree; no revision written."
					+ " (For an empty revision to fill by hand, leave out --autogenerate.)");
			return 0;
		}
		DifferencePrinter.print(plan, out);
		Path file = Autogenerate.writeRevision(plan, revision, this.context.sourceDirectory(),
				this.context.revisions().javaPackage());
		out.println("Generating " + file + " ... done");
		List<Finding> findings = this.context.retort()
			.lint(revision.id(), plan.upgrade().stream().map(PlannedOperation::operation).toList());
		if (!findings.isEmpty()) {
			out.println("Lint, on this database (review before it runs on a live one):");
			findings.forEach((finding) -> out.println("  " + finding.describe()));
		}
		return 0;
	}

	/**
	 * The application's settings; a person at a terminal confirms each inferred rename. Without a
	 * terminal (an IDE, CI, Maven in batch mode) only renames whose names agree are taken, unless
	 * all are accepted: a rename moves the data of one column into another.
	 */
	private AutogenerateOptions autogenerateOptions(ModelComparison comparison) {
		AutogenerateOptions options = comparison.options();
		if (this.noRenames && this.acceptRenames) {
			throw new RetortException("--no-renames and --accept-renames contradict each other; give one of them");
		}
		if (this.noRenames) {
			return options.withoutRenames();
		}
		if (this.acceptRenames) {
			return options.acceptingRenames();
		}
		Console console = System.console();
		return (console != null) ? options.askingAboutRenames(new ConsoleRenameQuestion(console)) : options;
	}

	/**
	 * Where a {@code .sql} revision goes: the first SQL location, as a directory of the project
	 * ({@code classpath:db/revisions} is {@code src/main/resources/db/revisions}).
	 */
	private Path sqlDirectory() {
		List<String> locations = this.context.revisions().sqlLocations();
		if (locations.isEmpty()) {
			throw new RetortException("retort.sql-locations is empty; name where .sql revisions go");
		}
		String location = locations.get(0);
		if (location.startsWith("classpath:")) {
			String path = location.substring("classpath:".length()).replaceFirst("^/+", "");
			return this.context.sourceDirectory().resolveSibling("resources").resolve(path);
		}
		if (location.startsWith("file:")) {
			return Path.of(location.substring("file:".length())).toAbsolutePath();
		}
		throw new RetortException("Cannot write into the SQL location '" + location
				+ "'; the first of retort.sql-locations must be a classpath: or file: location");
	}

	enum RevisionFormat {

		JAVA, SQL;

		static RevisionFormat of(String format) {
			try {
				return valueOf(format.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new RetortException("Unknown revision format '" + format + "'; use --format java or --format sql");
			}
		}

	}

}
