package dev.retort.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.util.StringUtils;

import dev.retort.RetortException;
import dev.retort.script.RevisionGraph;
import dev.retort.script.discovery.RevisionLoader;

/**
 * Where an application's revisions live: a Java package (with its subpackages) and the
 * locations of its {@code .sql} revisions.
 *
 * @param javaPackage the revisions package
 * @param sqlLocations locations of {@code .sql} revisions, such as {@code classpath:db/revisions}
 */
public record RevisionsLocation(String javaPackage, List<String> sqlLocations) {

	/** The package under the application's own that holds its revisions by default. */
	static final String DEFAULT_SUBPACKAGE = "migrations";

	public RevisionsLocation {
		sqlLocations = List.copyOf(sqlLocations);
	}

	/**
	 * The configured location; by default the package of the {@code @SpringBootApplication} class
	 * followed by {@code .migrations}.
	 */
	public static RevisionsLocation of(RetortProperties properties, BeanFactory beanFactory) {
		String javaPackage = properties.getRevisionsPackage();
		if (!StringUtils.hasText(javaPackage)) {
			if (!AutoConfigurationPackages.has(beanFactory)) {
				throw new RetortException("Cannot tell where the revisions are: there is no @SpringBootApplication"
						+ " (or @AutoConfigurationPackage) class; set retort.revisions-package");
			}
			javaPackage = AutoConfigurationPackages.get(beanFactory).get(0) + "." + DEFAULT_SUBPACKAGE;
		}
		return new RevisionsLocation(javaPackage, properties.getSqlLocations());
	}

	/** Loads and checks the revisions found here. */
	public RevisionGraph load(ClassLoader classLoader) {
		return RevisionLoader.loadGraph(classLoader, this.javaPackage, this.sqlLocations);
	}

}
