package dev.retort.autogenerate;

import java.util.List;

import dev.retort.autogenerate.compare.CompareOptions;
import dev.retort.autogenerate.compare.RenameQuestion;
import dev.retort.autogenerate.schema.SchemaFilter;

/**
 * What autogenerate compares and how.
 *
 * @param schema the schema (MariaDB: database) to compare, or {@code null} for the connection's
 * current one
 * @param filter which tables take part (Retort's own never do)
 * @param compare how differences are found (renames on or off)
 */
public record AutogenerateOptions(String schema, SchemaFilter filter, CompareOptions compare) {

	public static AutogenerateOptions defaults() {
		return new AutogenerateOptions(null, SchemaFilter.defaults(), CompareOptions.defaults());
	}

	public AutogenerateOptions inSchema(String schema) {
		return new AutogenerateOptions(schema, this.filter, this.compare);
	}

	/** Also leaves out tables matching these patterns ({@code retort.autogenerate.exclude-tables}). */
	public AutogenerateOptions excludingTables(List<String> patterns) {
		return new AutogenerateOptions(this.schema, this.filter.excluding(patterns), this.compare);
	}

	/** Asks about each inferred rename before taking it (a terminal's prompt). */
	public AutogenerateOptions askingAboutRenames(RenameQuestion question) {
		return new AutogenerateOptions(this.schema, this.filter, this.compare.askingAboutRenames(question));
	}

	/**
	 * Takes every inferred rename without asking ({@code --accept-renames}); by default, without a
	 * terminal, only renames whose names agree are taken.
	 */
	public AutogenerateOptions acceptingRenames() {
		return new AutogenerateOptions(this.schema, this.filter, this.compare.acceptingRenames());
	}

	public AutogenerateOptions withoutRenames() {
		return new AutogenerateOptions(this.schema, this.filter, this.compare.withoutRenames());
	}

}
