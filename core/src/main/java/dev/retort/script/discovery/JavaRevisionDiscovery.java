package dev.retort.script.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import dev.retort.RetortException;
import dev.retort.Revision;
import dev.retort.script.JavaRevisionScript;

/**
 * Finds the {@code @Revision} classes of a package and its subpackages: from the build-time
 * {@link RevisionIndex} when one names the package (without loading them), otherwise by
 * scanning the class files of the package (loading, without initializing, the revisions found).
 */
public final class JavaRevisionDiscovery {

	private static final Logger logger = LoggerFactory.getLogger(JavaRevisionDiscovery.class);

	/** How the revisions were found. */
	public enum Source {

		/** From {@link RevisionIndex#RESOURCE} files. */
		INDEX,

		/** By scanning the package's class files. */
		SCAN

	}

	/**
	 * @param revisions the revisions found, ordered by class name
	 * @param source how they were found
	 */
	public record Result(List<JavaRevisionScript> revisions, Source source) {

		public Result {
			revisions = List.copyOf(revisions);
		}

	}

	private final ClassLoader classLoader;

	public JavaRevisionDiscovery(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	public Result find(String javaPackage) {
		Map<String, RevisionIndex.Entry> indexed = indexedClasses(javaPackage);
		if (!indexed.isEmpty()) {
			List<JavaRevisionScript> revisions = fromIndex(indexed);
			logger.info("Found {} Java revision(s) in package {} through the build-time index", revisions.size(),
					javaPackage);
			return new Result(revisions, Source.INDEX);
		}
		List<JavaRevisionScript> revisions = load(scannedClasses(javaPackage), Source.SCAN);
		logger.info("Found {} Java revision(s) in package {} by scanning the classpath: no {} names the package "
				+ "(it is written when retort-core runs as an annotation processor during compilation)",
				revisions.size(), javaPackage, RevisionIndex.RESOURCE);
		return new Result(revisions, Source.SCAN);
	}

	/**
	 * The index entries of the package's classes, by class name, the first index naming a class
	 * winning. Plain loops and a prefix worked out once: this runs for every entry at start-up,
	 * interpreted. The map keeps the indexes' order (each is written sorted by class name), which
	 * {@link #fromIndex} sorts at the cost of one pass; a sorted map would compare the long,
	 * alike class names many times per entry.
	 */
	private Map<String, RevisionIndex.Entry> indexedClasses(String javaPackage) {
		Map<String, RevisionIndex.Entry> entries = new LinkedHashMap<>();
		String prefix = javaPackage.isEmpty() ? "" : javaPackage + ".";
		try {
			Enumeration<URL> indexes = this.classLoader.getResources(RevisionIndex.RESOURCE);
			for (URL index : Collections.list(indexes)) {
				try (InputStream input = index.openStream()) {
					for (RevisionIndex.Entry entry : RevisionIndex.read(input, prefix)) {
						entries.putIfAbsent(entry.className(), entry);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new RetortException("Cannot read the revision index " + RevisionIndex.RESOURCE + ": " + ex, ex);
		}
		return entries;
	}

	/**
	 * The revisions of index entries: from their headers, without loading their classes, or, for
	 * entries that name only the class, from the class. Whether an entry's class is still there
	 * is found out when the revision runs (an entry a partial build left behind for a deleted
	 * class fails then, naming the clean build that rewrites the index): asking the class loader
	 * for each class file at start-up would cost as much as loading the classes.
	 */
	private List<JavaRevisionScript> fromIndex(Map<String, RevisionIndex.Entry> entries) {
		// Ordered by class name through String's own order: no comparator to bootstrap.
		String[] classNames = entries.keySet().toArray(new String[0]);
		Arrays.sort(classNames);
		List<JavaRevisionScript> revisions = new ArrayList<>(classNames.length);
		for (String className : classNames) {
			RevisionIndex.Entry entry = entries.get(className);
			JavaRevisionScript revision = (entry.header() != null)
					? new JavaRevisionScript(entry.header(), className, this.classLoader, entry.fingerprint())
					: load(className, Source.INDEX);
			if (revision != null) {
				revisions.add(revision);
			}
		}
		return revisions;
	}

	private Set<String> scannedClasses(String javaPackage) {
		String pattern = PathMatchingResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + javaPackage.replace('.', '/')
				+ "/**/*.class";
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(this.classLoader);
		SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory(this.classLoader);
		Set<String> classNames = new TreeSet<>();
		try {
			for (Resource resource : resolver.getResources(pattern)) {
				MetadataReader reader = readers.getMetadataReader(resource);
				if (reader.getAnnotationMetadata().hasAnnotation(Revision.class.getName())) {
					classNames.add(reader.getClassMetadata().getClassName());
				}
			}
		}
		catch (IOException ex) {
			throw new RetortException("Cannot scan package " + javaPackage + " for revisions: " + ex, ex);
		}
		return classNames;
	}

	private List<JavaRevisionScript> load(Set<String> classNames, Source source) {
		List<JavaRevisionScript> revisions = new ArrayList<>(classNames.size());
		for (String className : classNames) {
			JavaRevisionScript revision = load(className, source);
			if (revision != null) {
				revisions.add(revision);
			}
		}
		return revisions;
	}

	/** The revision of a class, or {@code null} when it is not annotated or (in an index) cannot be loaded. */
	private JavaRevisionScript load(String className, Source source) {
		Class<?> type;
		try {
			type = Class.forName(className, false, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			if (source == Source.INDEX) {
				// A class deleted since the index was written; a clean build rewrites the index.
				logger.warn("The revision index names {}, which cannot be loaded ({}); skipping it. A clean "
						+ "build rewrites the index.", className, ex.toString());
				return null;
			}
			throw new RetortException("Cannot load revision class " + className + ": " + ex, ex);
		}
		return type.isAnnotationPresent(Revision.class) ? JavaRevisionScript.of(type) : null;
	}

}
