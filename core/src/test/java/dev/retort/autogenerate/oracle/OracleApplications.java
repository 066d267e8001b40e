package dev.retort.autogenerate.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retort.testing.DatabaseKind;

/**
 * The oracle's generated models as Spring Boot applications, for the tests that run them as
 * users do, in a process of their own ({@code java ... OracleApplication retort check}): the
 * model's entities, and an application class in their package, compiled against the running
 * test's class path, which must hold Spring Boot and Retort's starter.
 */
public final class OracleApplications {

	private OracleApplications() {
	}

	/**
	 * The model the seed draws for the database (its known gaps left out), compiled with an
	 * application class into the directory.
	 */
	public static Application compile(long seed, DatabaseKind kind, Path directory) throws Exception {
		ModelGenerator.Model model = new ModelGenerator(seed, HibernateOracleTest.disabledOn(kind)).generate();
		Map<String, String> sources = new LinkedHashMap<>(model.sources());
		sources.put("OracleApplication", "package " + model.javaPackage() + ";\n\n"
				+ "@org.springframework.boot.autoconfigure.SpringBootApplication\n"
				+ "public class OracleApplication {\n\n"
				+ "\tpublic static void main(String[] arguments) {\n"
				+ "\t\torg.springframework.boot.SpringApplication.run(OracleApplication.class, arguments);\n"
				+ "\t}\n\n}\n");
		Path classes = CompiledModel.javac(sources, directory, System.getProperty("java.class.path"), model);
		List<String> settings = new ArrayList<>();
		settings.add("--spring.jpa.hibernate.naming.implicit-strategy="
				+ org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl.class.getName());
		settings.add("--spring.jpa.hibernate.naming.physical-strategy=" + (model.standardNaming()
				? org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl.class.getName()
				: org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl.class.getName()));
		if (model.features().contains(ModelGenerator.Feature.GLOBALLY_QUOTED)) {
			settings.add("--spring.jpa.properties.hibernate.globally_quoted_identifiers=true");
			settings.add("--spring.jpa.properties.hibernate.globally_quoted_identifiers_skip_column_definitions=true");
		}
		return new Application(seed, classes, model.javaPackage() + ".OracleApplication", settings, model.describe());
	}

	/**
	 * A compiled model application.
	 * @param seed the seed that drew the model
	 * @param classes the directory to add to the class path
	 * @param mainClass the application's class
	 * @param settings the application's mapping settings, as Spring Boot arguments: the naming
	 * strategies the model is written for, and quoting where it quotes every name
	 * @param description the model's seed, features and source, for a failure's message
	 */
	public record Application(long seed, Path classes, String mainClass, List<String> settings, String description) {
	}

}
