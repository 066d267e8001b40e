package dev.retort.autogenerate.compare;

/**
 * How the comparison behaves.
 *
 * @param detectRenames whether a column (or table) gone and one appeared with the same
 * definition is taken as a rename ({@code --no-renames} turns it off)
 * @param renameQuestion who confirms each inferred rename
 */
public record CompareOptions(boolean detectRenames, RenameQuestion renameQuestion) {

	public static CompareOptions defaults() {
		return new CompareOptions(true, RenameQuestion.ACCEPT_ALL);
	}

	public CompareOptions withoutRenames() {
		return new CompareOptions(false, this.renameQuestion);
	}

	public CompareOptions askingAboutRenames(RenameQuestion question) {
		return new CompareOptions(this.detectRenames, question);
	}

}
