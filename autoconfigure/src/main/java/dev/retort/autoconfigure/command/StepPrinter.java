package dev.retort.autoconfigure.command;

import java.io.PrintWriter;

import dev.retort.runtime.AppliedStep;
import dev.retort.runtime.MigrationResult;
import dev.retort.script.Direction;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * The lines {@code upgrade}, {@code downgrade} and {@code stamp} print: one per revision with its
 * time, then where the database stands.
 */
final class StepPrinter {

	private StepPrinter() {
	}

	static void print(MigrationResult result, RevisionGraph graph, PrintWriter out) {
		for (AppliedStep step : result.steps()) {
			RevisionScript revision = graph.get(step.revision());
			String verb = (step.direction() == Direction.UPGRADE) ? "Upgraded" : "Downgraded";
			out.printf("%s %s, %s (%d ms)%n", verb, revision.id(), revision.message(), step.durationMs());
		}
		if (result.steps().isEmpty() && !"stamp".equals(result.action())) {
			out.println("Nothing to do: the database is at " + describe(result.to()) + ".");
		}
		else {
			out.println("The database is at " + describe(result.to()) + ".");
		}
	}

	private static String describe(java.util.List<String> heads) {
		return heads.isEmpty() ? "base" : String.join(", ", heads);
	}

}
