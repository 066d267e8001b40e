package dev.retort.autoconfigure.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.retort.lint.Finding;
import dev.retort.lint.Severity;

/**
 * {@code retort lint [--all] [--strict]}: what the pending revisions' statements lock or lose on
 * this database, one finding a line, with the safer way; exit 1 on an error ({@code --strict}: on
 * a warning too).
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
		description = "Find the statements that lock a large table or lose data, in the pending revisions.")
final class LintCommand implements Callable<Integer> {

	private final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = "--all", description = "Every revision, applied ones too, as one run from base applies them.")
	boolean all;

	@Option(names = "--strict", description = "Fail on a warning too.")
	boolean strict;

	LintCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		List<Finding> findings = this.context.retort().lint(this.all);
		PrintWriter out = this.spec.commandLine().getOut();
		findings.forEach((finding) -> out.println(finding.describe()));
		long errors = count(findings, Severity.ERROR);
		long warnings = count(findings, Severity.WARNING);
		out.println((findings.isEmpty() ? "No findings" : errors + " error(s), " + warnings + " warning(s), "
				+ count(findings, Severity.INFO) + " note(s)") + " in the " + (this.all ? "revisions" : "pending revisions")
				+ ".");
		return (errors > 0 || (this.strict && warnings > 0)) ? 1 : 0;
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter((finding) -> finding.severity() == severity).count();
	}

}
