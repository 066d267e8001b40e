package dev.retort.autoconfigure.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.autoconfigure.autogenerate.ModelComparison;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.compare.PlannedOperation;
import dev.retort.lint.Finding;

/**
 * {@code retort check}: Alembic's {@code check}, a gate for CI. Compares the entities with the
 * database (which must be at the heads) and exits with 1 when autogenerate would write anything.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Fail (exit 1) when the entities and the database differ: a revision is missing.")
final class CheckCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	CheckCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		ModelComparison comparison = this.context.modelComparison();
		MigrationPlan plan = comparison.compare(comparison.options());
		PrintWriter out = this.spec.commandLine().getOut();
		if (plan.isEmpty()) {
			out.println("No new upgrade operations detected: the entities and the database agree.");
			return 0;
		}
		DifferencePrinter.print(plan, out);
		List<Finding> findings = this.context.retort()
			.lint("(the revision autogenerate would write)",
					plan.upgrade().stream().map(PlannedOperation::operation).toList());
		if (!findings.isEmpty()) {
			out.println("Lint of what that revision would do, on this database:");
			findings.forEach((finding) -> out.println("  " + finding.describe()));
		}
		out.println("FAILED: New upgrade operations detected (" + plan.differences().size()
				+ "); write them into a revision with: revision --autogenerate -m \"<message>\""
				+ " (mvn retort:revision -Dautogenerate -Dmessage=\"...\")");
		return 1;
	}

}
