package dev.retort.script.discovery;

import java.util.ArrayList;
import java.util.List;

import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * The single entry point of discovery: the Java revisions of a package and the {@code .sql}
 * revisions of some locations, which {@link RevisionGraph#of} then joins into one graph.
 */
public final class RevisionLoader {

	/** Where {@code .sql} revisions are looked for unless configured otherwise. */
	public static final String DEFAULT_SQL_LOCATION = "classpath:db/revisions";

	private RevisionLoader() {
	}

	/**
	 * @param classLoader the application's class loader
	 * @param javaPackage the package holding Java revisions (subpackages included), or
	 * {@code null} for none
	 * @param sqlLocations where to look for {@code .sql} revisions
	 */
	public static List<RevisionScript> load(ClassLoader classLoader, String javaPackage, List<String> sqlLocations) {
		List<RevisionScript> revisions = new ArrayList<>();
		if (javaPackage != null && !javaPackage.isBlank()) {
			revisions.addAll(new JavaRevisionDiscovery(classLoader).find(javaPackage.strip()).revisions());
		}
		revisions.addAll(new SqlRevisionDiscovery(classLoader).find(sqlLocations));
		return revisions;
	}

	/** {@link #load} and {@link RevisionGraph#of} in one call. */
	public static RevisionGraph loadGraph(ClassLoader classLoader, String javaPackage, List<String> sqlLocations) {
		return RevisionGraph.of(load(classLoader, javaPackage, sqlLocations));
	}

}
