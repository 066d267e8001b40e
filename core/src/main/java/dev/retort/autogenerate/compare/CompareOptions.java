package dev.retort.autogenerate.compare;

/**
 * How the comparison behaves.
 *
 * @param detectRenames whether a column (or table) gone and one appeared with the same
 * definition is taken as a rename ({@code --no-renames} turns it off)
 * @param renameQuestion who confirms each inferred rename: by default only renames whose names
 * agree are taken ({@link RenameQuestion#WHEN_NAMES_AGREE})
 */
public record CompareOptions(boolean detectRenames, RenameQuestion renameQuestion) {

	public static CompareOptions defaults() {
		return new CompareOptions(true, RenameQuestion.WHEN_NAMES_AGREE);
	}

	public CompareOptions withoutRenames() {
		return new CompareOptions(false, this.renameQuestion);
	}

	/** Takes every inferred rename ({@code --accept-renames}). */
	public CompareOptions acceptingRenames() {
		return new CompareOptions(true, RenameQuestion.ACCEPT_ALL);
	}

	public CompareOptions askingAboutRenames(RenameQuestion question) {
		return new CompareOptions(this.detectRenames, question);
	}

}
