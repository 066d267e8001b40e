package dev.retort.autogenerate;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.retort.Migration;
import dev.retort.autogenerate.code.RevisionCode;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.script.TestCompiler;
import dev.retort.script.write.NewRevision;
import dev.retort.script.write.RevisionWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan written as the Java revision a person would commit, compiled with javac and loaded:
 * its upgrade and downgrade are what tests apply, so that the code, not only the plan, is what
 * runs.
 *
 * @param source the generated Java source
 * @param upgrade the operations its {@code upgrade} method records
 * @param downgrade the operations its {@code downgrade} method records
 */
public record CompiledRevision(String source, List<Operation> upgrade, List<Operation> downgrade) {

	/** Writes, compiles and loads the plan's revision in a directory of its own under {@code directory}. */
	public static CompiledRevision of(MigrationPlan plan, Path directory, String message) throws Exception {
		Path sources = Files.createDirectories(directory.resolve("src"));
		Path classes = Files.createDirectories(directory.resolve("classes"));
		NewRevision revision = new NewRevision("a1b2c3d4e5f6", List.of(), List.of(), List.of(), message, 1);
		Path file = new RevisionWriter().writeJava(revision, sources, "com.example.migrations", RevisionCode.of(plan));
		String source = Files.readString(file);
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, classes, false, List.of());
		assertThat(outcome.success()).as(outcome.diagnostics() + "\n" + source).isTrue();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				CompiledRevision.class.getClassLoader())) {
			String className = "com.example.migrations." + file.getFileName().toString().replace(".java", "");
			Migration migration = (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
			CompiledRevision compiled = new CompiledRevision(source, OperationRecorder.record(migration::upgrade),
					OperationRecorder.record(migration::downgrade));
			assertThat(compiled.upgrade()).as(source).isEqualTo(plan.upgradeOperations());
			assertThat(compiled.downgrade()).as(source).isEqualTo(plan.downgradeOperations());
			return compiled;
		}
	}

}
