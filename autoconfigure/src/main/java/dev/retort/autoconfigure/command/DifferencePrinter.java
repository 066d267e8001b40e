package dev.retort.autoconfigure.command;

import java.io.PrintWriter;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;

/**
 * Prints what autogenerate found, a line each, as Alembic logs "Detected added column ...";
 * changes that lose data are marked, since they deserve a second look before they run.
 */
final class DifferencePrinter {

	private DifferencePrinter() {
	}

	static void print(MigrationPlan plan, PrintWriter out) {
		for (Difference difference : plan.differences()) {
			out.println("  Detected " + difference.describe() + (difference.isDestructive() ? "  [destructive]" : ""));
		}
		int destructive = plan.destructiveDifferences().size();
		if (destructive > 0) {
			out.println("  " + destructive + " destructive change" + ((destructive == 1) ? "" : "s")
					+ " (data is dropped or narrowed): review the revision before applying it.");
		}
	}

}
