package dev.retort.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The results as Markdown tables of medians, each tool's time with its ratio to Retort's
 * (Retort = 1.0), and the peak heap and allocation of each.
 */
final class Report {

	/**
	 * One line of a table.
	 *
	 * @param section the measurement
	 * @param database where it ran
	 * @param n how many revisions (or tables)
	 * @param samples each tool's samples, Retort first
	 */
	record Row(String section, String database, int n, Map<String, List<Sample>> samples) {

	}

	private final List<Row> rows = new ArrayList<>();

	void add(Row row) {
		this.rows.add(row);
	}

	void print(PrintStream out) {
		Map<String, List<Row>> sections = new LinkedHashMap<>();
		this.rows.forEach((row) -> sections.computeIfAbsent(row.section(), (key) -> new ArrayList<>()).add(row));
		sections.forEach((section, rows) -> {
			List<String> tools = new ArrayList<>(rows.get(0).samples().keySet());
			out.println();
			out.println("### " + section);
			out.println();
			out.println("Median time (ratio to Retort):");
			out.println();
			out.println("| Database | N | " + String.join(" | ", tools) + " | Runs |");
			out.println("|---|---:|" + "---:|".repeat(tools.size() + 1));
			for (Row row : rows) {
				StringBuilder line = new StringBuilder("| " + row.database() + " | " + row.n() + " |");
				double retort = median(row.samples().get(tools.get(0)), Sample::nanos);
				for (String tool : tools) {
					double median = median(row.samples().get(tool), Sample::nanos);
					line.append(' ').append(millis(median));
					line.append(" (").append("%.2f".formatted(median / retort)).append(") |");
				}
				out.println(line + " " + row.samples().get(tools.get(0)).size() + " |");
			}
			out.println();
			out.println("Peak heap / allocated by the running thread, MB (medians):");
			out.println();
			header(out, tools);
			for (Row row : rows) {
				StringBuilder line = new StringBuilder("| " + row.database() + " | " + row.n() + " |");
				for (String tool : tools) {
					line.append(" %.0f / %.0f |".formatted(median(row.samples().get(tool), Sample::peakHeap) / 1e6,
							median(row.samples().get(tool), Sample::allocated) / 1e6));
				}
				out.println(line);
			}
		});
	}

	private static void header(PrintStream out, List<String> tools) {
		out.println("| Database | N | " + String.join(" | ", tools) + " |");
		out.println("|---|---:|" + "---:|".repeat(tools.size()));
	}

	private static String millis(double nanos) {
		double millis = nanos / 1e6;
		return (millis >= 100) ? "%.0f ms".formatted(millis) : "%.1f ms".formatted(millis);
	}

	static double median(List<Sample> samples, ToLongFunction<Sample> value) {
		long[] values = samples.stream().mapToLong(value).toArray();
		Arrays.sort(values);
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
	}

}
