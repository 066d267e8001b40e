package dev.retort.script.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.retort.RetortException;
import dev.retort.script.SqlRevisionScript;

/**
 * Finds {@code *.sql} revisions under locations such as {@code classpath:db/revisions} (in every
 * jar and directory of the class path, subdirectories included) or {@code file:/some/directory}.
 */
public final class SqlRevisionDiscovery {

	private static final Logger logger = LoggerFactory.getLogger(SqlRevisionDiscovery.class);

	private static final String CLASSPATH = "classpath:";

	private static final String FILE = "file:";

	private final ClassLoader classLoader;

	public SqlRevisionDiscovery(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	public List<SqlRevisionScript> find(List<String> locations) {
		List<SqlRevisionScript> revisions = new ArrayList<>();
		for (String location : locations) {
			revisions.addAll(find(location));
		}
		return revisions;
	}

	private List<SqlRevisionScript> find(String location) {
		String base = stripTrailingSlash(location.strip());
		String pattern = base.startsWith(CLASSPATH)
				? PathMatchingResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + base.substring(CLASSPATH.length())
				: base;
		List<SqlRevisionScript> revisions = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		try {
			if (base.startsWith(CLASSPATH) && isMissing(base.substring(CLASSPATH.length()))) {
				logger.debug("No .sql revisions in {}: no such directory on the classpath", location);
				return revisions;
			}
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(this.classLoader);
			for (Resource resource : resolver.getResources(pattern + "/**/*.sql")) {
				String url = resource.getURL().toString();
				if (seen.add(url)) {
					try (InputStream input = resource.getInputStream()) {
						String content = new String(input.readAllBytes(), StandardCharsets.UTF_8);
						revisions.add(SqlRevisionParser.parse(displayName(base, url), content));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new RetortException("Cannot read .sql revisions from " + location + ": " + ex, ex);
		}
		logger.debug("Found {} .sql revision(s) in {}", revisions.size(), location);
		return revisions;
	}

	/**
	 * Whether no jar or directory of the class path has the directory: the usual case for the
	 * default location in an application whose revisions are all Java. Answering it costs one
	 * class-loader lookup, where the pattern search loads and starts Spring's resolver, which is a
	 * good part of a cold start-up. The resolver finds files under the directories this lookup
	 * finds, so it would find none either.
	 */
	private boolean isMissing(String directory) throws IOException {
		String path = stripLeadingSlashes(directory);
		return !path.isEmpty() && !this.classLoader.getResources(path + "/").hasMoreElements();
	}

	/** The file's path from the location's root, e.g. {@code db/revisions/add_index.sql}. */
	private static String displayName(String base, String url) {
		String path = base.startsWith(CLASSPATH) ? base.substring(CLASSPATH.length())
				: base.startsWith(FILE) ? base.substring(FILE.length()) : base;
		path = stripLeadingSlashes(path);
		int at = path.isEmpty() ? -1 : url.lastIndexOf(path);
		return (at >= 0) ? url.substring(at) : url;
	}

	/** As {@code replaceFirst("^/+", "")}, without compiling a regex at start-up (once per file). */
	private static String stripLeadingSlashes(String path) {
		int start = 0;
		while (start < path.length() && path.charAt(start) == '/') {
			start++;
		}
		return path.substring(start);
	}

	private static String stripTrailingSlash(String location) {
		return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
	}

}
