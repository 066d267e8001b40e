package dev.retort.autogenerate.code;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.Migration;
import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.AutogenerateOptions;
import dev.retort.autogenerate.SchemaApplier;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.EntityModels;
import dev.retort.operations.OperationRecorder;
import dev.retort.script.TestCompiler;
import dev.retort.script.write.NewRevision;
import dev.retort.script.write.RevisionWriter;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated revisions compile, and record exactly the operations autogenerate planned.
 */
class RevisionCodeTest {

	@TempDir
	Path directory;

	@DatabaseTest
	void writesTheSeedRevisionsAsJavaThatRecordsThePlannedOperations(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			MigrationPlan first = Autogenerate.compare(connection, EntityModels.SEED, AutogenerateOptions.defaults());
			assertCompilesToThePlan(first, new NewRevision("ae1027a6acf2", List.of(), List.of(), List.of(),
					"first commit", 1), db + "_1");
			new SchemaApplier(connection).apply(first.upgradeOperations());

			MigrationPlan second = Autogenerate.compare(connection, EntityModels.SEED_WITH_IS_ACTIVE,
					AutogenerateOptions.defaults());
			String source = assertCompilesToThePlan(second, new NewRevision("1975ea83b712", List.of("ae1027a6acf2"),
					List.of(), List.of(), "Add is_active to User", 2), db + "_2");

			assertThat(source).contains("op.addColumn(\"user\", Columns.column(\"is_active\", Types.bool()).notNull()"
					+ ".serverDefault(true))");
			assertThat(source).contains("// Existing rows get true, the entity's initial value; the default is dropped again");
			assertThat(source).contains("op.dropColumn(\"user\", \"is_active\");");
		}
	}

	/**
	 * Dropping a not-null column: its downgrade adds it back over rows whose values are gone,
	 * which needs a value the mapping cannot give; the line says so.
	 */
	@DatabaseTest(DatabaseKind.H2)
	void marksTheDowngradeOfADroppedNotNullColumn(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).apply(Autogenerate
				.compare(connection, EntityModels.SEED_WITH_IS_ACTIVE, AutogenerateOptions.defaults())
				.upgradeOperations());
			MigrationPlan drop = Autogenerate.compare(connection, EntityModels.SEED, AutogenerateOptions.defaults());
			String source = assertCompilesToThePlan(drop, new NewRevision("d40bd0c01a2b", List.of(), List.of(),
					List.of(), "Drop is_active", 1), "drop");

			assertThat(source).contains("op.dropColumn(\"user\", \"is_active\");")
				.contains("// TODO the dropped values are gone: on a table with rows this fails until you add"
						+ " .serverDefault(...) for them");
		}
	}

	@DatabaseTest
	void writesEveryKindOfTableAsJava(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			for (List<Class<?>> model : List.of(EntityModels.SHOP, EntityModels.INHERITANCE, EntityModels.LIBRARY,
					EntityModels.KINDS)) {
				MigrationPlan plan = Autogenerate.compare(connection, model, AutogenerateOptions.defaults());
				assertCompilesToThePlan(plan, new NewRevision("b0c1d2e3f4a5", List.of(), List.of(), List.of(),
						"initial " + model.get(0).getSimpleName(), 1), db + "_" + model.get(0).getSimpleName());
			}
		}
	}

	private String assertCompilesToThePlan(MigrationPlan plan, NewRevision revision, String name) throws Exception {
		Path sources = Files.createDirectories(this.directory.resolve(name).resolve("src"));
		Path classes = Files.createDirectories(this.directory.resolve(name).resolve("classes"));
		Path file = new RevisionWriter().writeJava(revision, sources, "com.example.migrations", RevisionCode.of(plan));
		String source = Files.readString(file);
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, classes, false, List.of());
		assertThat(outcome.success()).as(outcome.diagnostics() + "\n" + source).isTrue();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			String className = "com.example.migrations." + file.getFileName().toString().replace(".java", "");
			Migration migration = (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
			assertThat(OperationRecorder.record(migration::upgrade)).as(source).isEqualTo(plan.upgradeOperations());
			assertThat(OperationRecorder.record(migration::downgrade)).as(source).isEqualTo(plan.downgradeOperations());
		}
		return source;
	}

}
