package dev.retort.script.write;

import java.util.List;

/**
 * Renders a new revision as a {@code .sql} file in the format
 * {@link dev.retort.script.discovery.SqlRevisionParser} reads.
 */
final class SqlRevisionRenderer {

	String render(NewRevision revision, List<String> upgrade, List<String> downgrade) {
		StringBuilder sql = new StringBuilder("-- retort:revision id=").append(revision.id());
		list(sql, "revises", revision.revises());
		sql.append(" message=\"")
			.append(revision.message().replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " "))
			.append('"');
		list(sql, "branch-labels", revision.branchLabels());
		list(sql, "depends-on", revision.dependsOn());
		sql.append("\n-- retort:upgrade\n");
		section(sql, upgrade, revision.isMerge() ? "-- A merge point joins branches and usually changes nothing."
				: "-- The statements that make the change, each ending with a semicolon.");
		sql.append("-- retort:downgrade\n");
		section(sql, downgrade, revision.isMerge() ? "-- Nothing to undo for a merge point."
				: "-- The statements that undo it, in reverse order.");
		return sql.toString();
	}

	private static void list(StringBuilder sql, String attribute, List<String> values) {
		if (!values.isEmpty()) {
			sql.append(' ').append(attribute).append('=').append(String.join(",", values));
		}
	}

	private static void section(StringBuilder sql, List<String> statements, String emptyComment) {
		if (statements.isEmpty()) {
			sql.append(emptyComment).append('\n');
		}
		statements.forEach((statement) -> sql.append(statement.strip()).append(";\n"));
	}

}
