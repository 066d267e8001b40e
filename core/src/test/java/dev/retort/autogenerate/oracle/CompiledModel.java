package dev.retort.autogenerate.oracle;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.model.EntityMapping;
import dev.retort.testing.TestDatabase;

/**
 * A generated model compiled with the JDK's compiler and loaded by a class loader of its own,
 * with the ways the oracle test hands it to Hibernate. Close it to release the loader.
 */
final class CompiledModel implements AutoCloseable {

	private final ModelGenerator.Model model;

	private final URLClassLoader loader;

	private final List<Class<?>> entities;

	private CompiledModel(ModelGenerator.Model model, URLClassLoader loader, List<Class<?>> entities) {
		this.model = model;
		this.loader = loader;
		this.entities = entities;
	}

	static CompiledModel compile(ModelGenerator.Model model, Path directory) throws Exception {
		Path classes = javac(model.sources(), directory, classPath(), model);
		URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				CompiledModel.class.getClassLoader());
		List<Class<?>> entities = new ArrayList<>();
		for (String name : model.entities()) {
			entities.add(loader.loadClass(model.javaPackage() + "." + name));
		}
		return new CompiledModel(model, loader, entities);
	}

	/**
	 * Compiles the sources (class simple name to Java source) into {@code classes} under the
	 * directory, which it returns.
	 */
	static Path javac(Map<String, String> javaSources, Path directory, String classPath, ModelGenerator.Model model)
			throws Exception {
		Path sources = Files.createDirectories(directory.resolve("src"));
		Path classes = Files.createDirectories(directory.resolve("classes"));
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath,
				"-encoding", "UTF-8", "-proc:none", "-parameters"));
		for (Map.Entry<String, String> source : javaSources.entrySet()) {
			Path file = sources.resolve(source.getKey() + ".java");
			Files.writeString(file, source.getValue());
			arguments.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
		int status = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
		if (status != 0) {
			throw new AssertionError("The generated model does not compile (a defect of the generator):\n"
					+ diagnostics + "\n" + model.describe());
		}
		return classes;
	}

	/** The jars the entity sources need: Jakarta Persistence and Hibernate's annotations. */
	private static String classPath() throws URISyntaxException {
		List<String> entries = new ArrayList<>();
		for (Class<?> type : List.of(jakarta.persistence.Entity.class,
				org.hibernate.annotations.ColumnDefault.class)) {
			entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	ModelGenerator.Model model() {
		return this.model;
	}

	List<Class<?>> entities() {
		return this.entities;
	}

	ClassLoader loader() {
		return this.loader;
	}

	PhysicalNamingStrategy physicalNaming() {
		return this.model.standardNaming() ? new PhysicalNamingStrategyStandardImpl()
				: new PhysicalNamingStrategySnakeCaseImpl();
	}

	/** The Hibernate settings the model is mapped with, beyond the naming strategies. */
	Map<String, Object> settings() {
		return this.model.features().contains(ModelGenerator.Feature.GLOBALLY_QUOTED)
				? Map.of(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, true,
						// As applications set it: a columnDefinition is SQL, not a name to quote
						AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS_SKIP_COLUMN_DEFINITIONS, true)
				: Map.of();
	}

	/** The mapping as autogenerate receives it from the application, for the database's dialect. */
	EntityMapping mapping(java.sql.Connection connection) {
		return EntityMapping.build(this.entities, Autogenerate.dialectOf(connection),
				new ImplicitNamingStrategyJpaCompliantImpl(), physicalNaming(), settings());
	}

	/**
	 * A session factory on the database with the model, as the application builds it;
	 * {@code schemaAction} is Hibernate's {@code hbm2ddl.auto} ("create" is Hibernate's own schema
	 * export, stopping at its first failing statement).
	 */
	Hibernate hibernate(TestDatabase db, String schemaAction) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.JAKARTA_JDBC_URL, db.url())
			.applySetting(AvailableSettings.JAKARTA_JDBC_USER, db.user())
			.applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, (db.password() != null) ? db.password() : "")
			.applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
			.applySetting(AvailableSettings.HBM2DDL_AUTO, schemaAction)
			.applySetting(AvailableSettings.HBM2DDL_HALT_ON_ERROR, true)
			.applySetting(AvailableSettings.CLASSLOADERS, List.of(this.loader))
			.applySettings(settings())
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			this.entities.forEach(sources::addAnnotatedClass);
			return new Hibernate(sources.getMetadataBuilder()
				.applyImplicitNamingStrategy(new ImplicitNamingStrategyJpaCompliantImpl())
				.applyPhysicalNamingStrategy(physicalNaming())
				.build()
				.buildSessionFactory(), registry);
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw ex;
		}
	}

	/** A session factory with its service registry, both closed together (releasing connections). */
	record Hibernate(SessionFactory sessionFactory, StandardServiceRegistry registry) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.sessionFactory.close();
			}
			finally {
				StandardServiceRegistryBuilder.destroy(this.registry);
			}
		}

	}

	@Override
	public void close() throws Exception {
		this.loader.close();
	}

}
