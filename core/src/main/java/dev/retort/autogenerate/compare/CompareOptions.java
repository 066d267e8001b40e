package dev.retort.autogenerate.compare;

/**
 * How the comparison behaves.
 *
 * @param detectRenames whether a column (or table) gone and one appeared with the same
 * definition is taken as a rename ({@code --no-renames} turns it off)
 */
public record CompareOptions(boolean detectRenames) {

	public static CompareOptions defaults() {
		return new CompareOptions(true);
	}

	public CompareOptions withoutRenames() {
		return new CompareOptions(false);
	}

}
