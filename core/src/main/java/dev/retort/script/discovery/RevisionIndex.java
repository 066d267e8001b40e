package dev.retort.script.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The build-time index of Java revisions: a resource listing the binary names of the classes
 * annotated with {@link dev.retort.Revision @Revision}, one per line, written by
 * {@link RevisionIndexProcessor} into every compiled output (and so into every jar). Reading it
 * replaces scanning the classpath at start-up.
 */
public final class RevisionIndex {

	/** Where the index lives in a compiled output or a jar. */
	public static final String RESOURCE = "META-INF/retort/revisions.idx";

	private static final String HEADER = "# Classes annotated with @dev.retort.Revision, written by the Retort annotation processor";

	private RevisionIndex() {
	}

	static Set<String> read(InputStream input) throws IOException {
		Set<String> classNames = new LinkedHashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String className = line.strip();
				if (!className.isEmpty() && !className.startsWith("#")) {
					classNames.add(className);
				}
			}
		}
		return classNames;
	}

	static void write(Collection<String> classNames, Writer writer) throws IOException {
		writer.write(HEADER);
		writer.write('\n');
		for (String className : classNames.stream().sorted().toList()) {
			writer.write(className);
			writer.write('\n');
		}
	}

}
