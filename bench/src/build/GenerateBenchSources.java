import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.retort.autogenerate.code.RevisionCode;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.compare.PlannedOperation;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.script.write.NewRevision;
import dev.retort.script.write.RevisionWriter;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.string;

/**
 * Writes what the benchmarks run, at build time (run by the exec plugin as a single-file program,
 * with retort-core on its class path), so that nothing is generated while the clock runs:
 * <ul>
 * <li>for N = 10, 100 and 1,000, a linear chain of N Java revisions, each creating one small
 * table, written by autogenerate's own code writer ({@link RevisionCode} and
 * {@link RevisionWriter}) into {@code dev.retort.bench.revisions.nN};</li>
 * <li>the same N tables as Flyway SQL migrations, rendered by Retort's renderer per database, and
 * as a Liquibase changelog of {@code createTable} changesets;</li>
 * <li>1,000 entities mapping those tables, for autogenerate and Hibernate's validation.</li>
 * </ul>
 * With {@code --application} first (run by {@code bench-app}), it writes instead two Spring Boot
 * applications for the whole-process benchmark, one of N = 100 and one of N = 1,000 entities in
 * {@code dev.retort.bench.app.nN}: the application class, the entities, a Spring Data repository
 * for every tenth entity, and the chain of N revisions that creates their tables.
 * <p>
 * Arguments: the generated sources directory and the generated resources directory. Skipped when
 * they are already there: {@code mvn clean} after changing this program.
 */
public class GenerateBenchSources {

	static final int[] SIZES = { 10, 100, 1000 };

	static final String REVISIONS_PACKAGE = "dev.retort.bench.revisions";

	static final String ENTITIES_PACKAGE = "dev.retort.bench.entities";

	static final int[] APPLICATION_SIZES = { 100, 1000 };

	static final String APPLICATION_PACKAGE = "dev.retort.bench.app";

	public static void main(String[] args) throws IOException {
		boolean application = args[0].equals("--application");
		Path sources = Path.of(args[application ? 1 : 0]);
		Path resources = Path.of(args[application ? 2 : 1]);
		Path marker = sources.resolve(".generated");
		if (Files.exists(marker) && Files.exists(resources)) {
			System.out.println("Benchmark sources already generated in " + sources);
			return;
		}
		clean(sources);
		clean(resources);
		long started = System.nanoTime();
		if (application) {
			writeApplications(sources);
		}
		else {
			writeBenchmarks(sources, resources);
		}
		write(marker, "");
		System.out.printf("Generated the benchmark sources in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	static void writeBenchmarks(Path sources, Path resources) throws IOException {
		RevisionWriter writer = new RevisionWriter();
		SqlRenderer postgresqlRenderer = DatabasePlatforms.offlineRenderer(DatabaseFamily.POSTGRESQL);
		SqlRenderer h2Renderer = DatabasePlatforms.offlineRenderer(DatabaseFamily.H2);
		for (int size : SIZES) {
			String javaPackage = REVISIONS_PACKAGE + ".n" + size;
			List<String> postgresql = new ArrayList<>();
			List<String> h2 = new ArrayList<>();
			StringBuilder changelog = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8"?>
					<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
					        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
					        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
					        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
					""");
			for (int i = 1; i <= size; i++) {
				String table = table(i);
				List<Operation> upgrade = writeRevision(writer, sources, javaPackage, size, i);
				postgresql.add(sql(postgresqlRenderer, upgrade));
				h2.add(sql(h2Renderer, upgrade));
				changelog.append("""
						    <changeSet id="%d" author="bench">
						        <createTable tableName="%s">
						            <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
						            <column name="name" type="varchar(255)"/>
						        </createTable>
						    </changeSet>
						""".formatted(i, table));
			}
			changelog.append("</databaseChangeLog>\n");
			writeFlyway(resources.resolve("db/flyway/postgresql/n" + size), postgresql);
			writeFlyway(resources.resolve("db/flyway/h2/n" + size), h2);
			write(resources.resolve("db/liquibase/n" + size + ".xml"), changelog.toString());
		}
		for (int i = 1; i <= 1000; i++) {
			writeEntity(sources, ENTITIES_PACKAGE, i);
		}
	}

	static void writeApplications(Path sources) throws IOException {
		RevisionWriter writer = new RevisionWriter();
		for (int size : APPLICATION_SIZES) {
			String javaPackage = APPLICATION_PACKAGE + ".n" + size;
			Path directory = sources.resolve(javaPackage.replace('.', '/'));
			write(directory.resolve("App" + size + ".java"), """
					package %s;

					import org.springframework.boot.SpringApplication;
					import org.springframework.boot.autoconfigure.SpringBootApplication;

					@SpringBootApplication
					public class App%d {

						public static void main(String[] args) {
							SpringApplication.run(App%d.class, args);
						}

					}
					""".formatted(javaPackage, size, size));
			for (int i = 1; i <= size; i++) {
				writeEntity(sources, javaPackage + ".entities", i);
				writeRevision(writer, sources, javaPackage + ".migrations", size, i);
				if (i % 10 == 0) {
					write(directory.resolve("entities").resolve(entity(i) + "Repository.java"), """
							package %s.entities;

							import org.springframework.data.jpa.repository.JpaRepository;

							public interface %sRepository extends JpaRepository<%s, Long> {

							}
							""".formatted(javaPackage, entity(i), entity(i)));
				}
			}
		}
	}

	/** The revision that creates table i of a chain of size, written as autogenerate writes it. */
	static List<Operation> writeRevision(RevisionWriter writer, Path sources, String javaPackage, int size, int i) {
		String table = table(i);
		List<Operation> upgrade = OperationRecorder.record((op) -> op.createTable(table,
				column("id", bigint()).primaryKey(), column("name", string(255))));
		List<Operation> downgrade = OperationRecorder.record((op) -> op.dropTable(table));
		MigrationPlan plan = new MigrationPlan(List.of(), planned(upgrade), planned(downgrade));
		NewRevision revision = new NewRevision(id(size, i), (i > 1) ? List.of(id(size, i - 1)) : List.of(), List.of(),
				List.of(), "create " + table, i);
		writer.writeJava(revision, sources, javaPackage, RevisionCode.of(plan));
		return upgrade;
	}

	static void writeEntity(Path sources, String javaPackage, int i) throws IOException {
		write(sources.resolve(javaPackage.replace('.', '/')).resolve(entity(i) + ".java"), """
				package %s;

				import jakarta.persistence.Entity;
				import jakarta.persistence.Id;
				import jakarta.persistence.Table;

				@Entity
				@Table(name = "%s")
				public class %s {

					@Id
					private Long id;

					private String name;

				}
				""".formatted(javaPackage, table(i), entity(i)));
	}

	static String table(int i) {
		return "t_%04d".formatted(i);
	}

	static String entity(int i) {
		return "E%04d".formatted(i);
	}

	/** Twelve hexadecimal characters, as generated ids are, distinct across the three chains. */
	static String id(int size, int i) {
		return "%04x%08x".formatted(size, i * 2654435761L & 0xffffffffL);
	}

	static List<PlannedOperation> planned(List<Operation> operations) {
		return operations.stream().map((operation) -> new PlannedOperation(operation, List.of(), false)).toList();
	}

	static String sql(SqlRenderer renderer, List<Operation> operations) {
		StringBuilder sql = new StringBuilder();
		for (Operation operation : operations) {
			for (RenderedStep step : renderer.render(operation, RenderContext.offline())) {
				sql.append(((RenderedStep.Sql) step).sql()).append(";\n");
			}
		}
		return sql.toString();
	}

	static void writeFlyway(Path directory, List<String> scripts) throws IOException {
		for (int i = 0; i < scripts.size(); i++) {
			write(directory.resolve("V%d__create_%s.sql".formatted(i + 1, table(i + 1))), scripts.get(i));
		}
	}

	static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

	static void clean(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
