package dev.retort.autogenerate;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	/** Writes, compiles and loads the plan's revision in a directory of its own. */
	public static CompiledRevision of(MigrationPlan plan, Path directory, String message) throws Exception {
		Batch batch = new Batch(directory);
		batch.add(plan, message);
		return batch.compile().get(0);
	}

	/**
	 * Revisions written one by one and compiled together: javac runs once for all of them.
	 */
	public static final class Batch {

		private final Path sources;

		private final Path classes;

		private final List<MigrationPlan> plans = new ArrayList<>();

		private final List<Path> files = new ArrayList<>();

		public Batch(Path directory) throws Exception {
			this.sources = Files.createDirectories(directory.resolve("src"));
			this.classes = Files.createDirectories(directory.resolve("classes"));
		}

		/** Writes the plan's revision, in a package of its own. */
		public void add(MigrationPlan plan, String message) {
			String javaPackage = "com.example.migrations.r" + this.plans.size();
			NewRevision revision = new NewRevision("a1b2c3d4e5f6", List.of(), List.of(), List.of(), message, 1);
			this.files.add(new RevisionWriter().writeJava(revision, this.sources, javaPackage, RevisionCode.of(plan)));
			this.plans.add(plan);
		}

		/**
		 * Compiles every revision written, loads each and checks that it records exactly the
		 * operations of its plan.
		 * @return the revisions in the order they were added
		 */
		public List<CompiledRevision> compile() throws Exception {
			TestCompiler.Outcome outcome = TestCompiler.compile(this.sources, this.classes, false, List.of());
			assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
			List<CompiledRevision> compiled = new ArrayList<>();
			try (URLClassLoader loader = new URLClassLoader(new URL[] { this.classes.toUri().toURL() },
					CompiledRevision.class.getClassLoader())) {
				for (int i = 0; i < this.files.size(); i++) {
					Path file = this.files.get(i);
					String source = Files.readString(file);
					String className = "com.example.migrations.r" + i + "."
							+ file.getFileName().toString().replace(".java", "");
					Migration migration = (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
					CompiledRevision revision = new CompiledRevision(source, OperationRecorder.record(migration::upgrade),
							OperationRecorder.record(migration::downgrade));
					assertThat(revision.upgrade()).as(source).isEqualTo(this.plans.get(i).upgradeOperations());
					assertThat(revision.downgrade()).as(source).isEqualTo(this.plans.get(i).downgradeOperations());
					compiled.add(revision);
				}
			}
			return compiled;
		}

	}

}
