package dev.retort.script.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.RetortException;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionHeader;
import dev.retort.script.RevisionScript;
import dev.retort.script.TestCompiler;
import dev.retort.script.discovery.fixture.V0001_CreateUser;
import dev.retort.script.discovery.fixture.more.Revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JavaRevisionDiscoveryTest {

	private static final String FIXTURE = "dev.retort.script.discovery.fixture";

	@TempDir
	Path temp;

	@Test
	void theProcessorIndexedTheTestRevisionsWhileTheTestsCompiled() throws IOException {
		List<URL> indexes = Collections.list(getClass().getClassLoader().getResources(RevisionIndex.RESOURCE));
		assertThat(indexes).isNotEmpty();
		try (InputStream input = indexes.get(0).openStream()) {
			assertThat(RevisionIndex.read(input)).extracting(RevisionIndex.Entry::className)
				.contains(V0001_CreateUser.class.getName(), Revisions.MergeHeads.class.getName());
		}
	}

	@Test
	void readingAPackagesEntriesLeavesOtherPackagesLinesUnparsed() throws IOException {
		String index = """
				# a comment
				com.example.a.V1_First	abc1				true		first
				com.example.b.V1_Broken	not enough fields
				com.example.a.sub.V2_Second	abc2	abc1			true	f00d	second
				""";
		try (InputStream input = new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8))) {
			assertThat(RevisionIndex.read(input, "com.example.a.")).extracting(RevisionIndex.Entry::className)
				.containsExactly("com.example.a.V1_First", "com.example.a.sub.V2_Second");
		}
		try (InputStream input = new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8))) {
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> RevisionIndex.read(input))
				.withMessageContaining("com.example.b.V1_Broken");
		}
	}

	@Test
	void findsRevisionsOfAPackageAndItsSubpackagesThroughTheIndex() {
		JavaRevisionDiscovery.Result result = new JavaRevisionDiscovery(getClass().getClassLoader()).find(FIXTURE);
		assertThat(result.source()).isEqualTo(JavaRevisionDiscovery.Source.INDEX);
		assertThat(result.revisions()).extracting(RevisionScript::id).containsExactly("1975ea83b712", "ae1027a6acf2",
				"27c6a30d7c24");
		JavaRevisionScript merge = result.revisions().get(2);
		assertThat(merge.revises()).containsExactly("ae1027a6acf2", "3f2a9c1d7b4e");
		assertThat(merge.transactional()).isFalse();
		assertThat(merge.location()).isEqualTo(Revisions.MergeHeads.class.getName());
		assertThat(merge.newMigration()).isInstanceOf(Revisions.MergeHeads.class)
			.isNotSameAs(merge.newMigration());
		assertThat(new JavaRevisionDiscovery(getClass().getClassLoader()).find(FIXTURE + ".more").revisions())
			.hasSize(1);
	}

	@Test
	void scansThePackageWhenNoIndexNamesIt() throws IOException {
		Path classes = compileTinyProject(false);
		assertThat(classes.resolve(RevisionIndex.RESOURCE)).doesNotExist();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			JavaRevisionDiscovery.Result result = new JavaRevisionDiscovery(loader).find("com.example.migrations");
			assertThat(result.source()).isEqualTo(JavaRevisionDiscovery.Source.SCAN);
			assertThat(result.revisions()).extracting(RevisionScript::id).containsExactly("aaaa00000001",
					"bbbb00000002");
			assertThat(result.revisions().get(1).location()).isEqualTo("com.example.migrations.deeper.Second");
		}
	}

	@Test
	void theSameProjectCompiledWithTheProcessorIsFoundThroughItsIndex() throws IOException {
		Path classes = compileTinyProject(true);
		assertThat(indexOf(classes)).containsExactly("com.example.migrations.First",
				"com.example.migrations.deeper.Second");
		assertThat(Files.readString(classes.resolve(RevisionIndex.RESOURCE))).doesNotContain("NotARevision");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			JavaRevisionDiscovery.Result result = new JavaRevisionDiscovery(loader).find("com.example.migrations");
			assertThat(result.source()).isEqualTo(JavaRevisionDiscovery.Source.INDEX);
			assertThat(result.revisions()).extracting(RevisionScript::id).containsExactly("aaaa00000001",
					"bbbb00000002");
		}
	}

	@Test
	void incrementalCompilationMergesWithTheExistingIndexAndDropsDeletedClasses() throws IOException {
		Path sources = writeTinyProject();
		Path classes = Files.createDirectories(this.temp.resolve("classes"));
		assertThat(TestCompiler.compile(sources, classes, true, List.of()).success()).isTrue();
		Path third = write(sources, "com/example/migrations/Third.java", revision("com.example.migrations", "Third",
				"cccc00000003", "bbbb00000002"));
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, classes, true, List.of(third));
		assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
		assertThat(indexOf(classes)).containsExactly("com.example.migrations.First",
				"com.example.migrations.Third", "com.example.migrations.deeper.Second");

		Files.delete(classes.resolve("com/example/migrations/deeper/Second.class"));
		Files.delete(sources.resolve("com/example/migrations/deeper/Second.java"));
		assertThat(TestCompiler.compile(sources, classes, true, List.of(third)).success()).isTrue();
		assertThat(indexOf(classes)).containsExactly("com.example.migrations.First", "com.example.migrations.Third");
	}

	@Test
	void theProcessorRejectsARevisionThatIsNotAMigration() throws IOException {
		Path sources = this.temp.resolve("broken");
		write(sources, "com/example/Broken.java", """
				package com.example;

				@dev.retort.Revision(id = "abcd")
				public class Broken {
				}
				""");
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, Files.createDirectories(this.temp.resolve("out")),
				true, List.of());
		assertThat(outcome.success()).isFalse();
		assertThat(outcome.diagnostics()).contains("A @Revision class must implement dev.retort.Migration");
	}

	@Test
	void theIndexCarriesEachHeaderSoThatDiscoveryLoadsNoRevisionClass() throws IOException {
		Path sources = writeTinyProject();
		write(sources, "com/example/migrations/Odd.java", """
				package com.example.migrations;

				@dev.retort.Revision(id = "cccc00000003", revises = "bbbb00000002", branchLabels = { "a,b", "tab\\there" },
						dependsOn = "aaaa00000001", message = "Back\\\\slash, comma\\nand line", transactional = false)
				public class Odd implements dev.retort.Migration {
					public void upgrade(dev.retort.Operations op) {
					}
					public void downgrade(dev.retort.Operations op) {
					}
				}
				""");
		Path classes = Files.createDirectories(this.temp.resolve("classes"));
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, classes, true, List.of());
		assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
		try (RecordingClassLoader loader = new RecordingClassLoader(classes)) {
			JavaRevisionDiscovery.Result result = new JavaRevisionDiscovery(loader).find("com.example.migrations");
			assertThat(result.revisions()).extracting(RevisionScript::id).containsExactly("aaaa00000001",
					"cccc00000003", "bbbb00000002");
			JavaRevisionScript odd = result.revisions().get(1);
			assertThat(odd.header()).isEqualTo(new RevisionHeader("cccc00000003", List.of("bbbb00000002"),
					List.of("aaaa00000001"), List.of("a,b", "tab\there"), "Back\\slash, comma\nand line", false));
			assertThat(odd.fingerprint()).hasSize(32);
			assertThat(loader.loaded).as("no revision class is loaded to build the graph").isEmpty();
			assertThat(odd.newMigration().getClass().getName()).isEqualTo("com.example.migrations.Odd");
			assertThat(loader.loaded).containsExactly("com.example.migrations.Odd");
		}
	}

	@Test
	void theFingerprintIgnoresCommentsAndLayoutButNotCode() throws IOException {
		Path sources = writeTinyProject();
		Path classes = Files.createDirectories(this.temp.resolve("classes"));
		Path first = sources.resolve("com/example/migrations/First.java");
		assertThat(TestCompiler.compile(sources, classes, true, List.of()).success()).isTrue();
		String original = fingerprintOf(classes, "com.example.migrations.First");

		Files.writeString(first, Files.readString(first).replace("public class First implements Migration {",
				"/** Reworded. */\npublic   class First\n\t\timplements Migration {   // a comment"));
		assertThat(TestCompiler.compile(sources, classes, true, List.of(first)).success()).isTrue();
		assertThat(fingerprintOf(classes, "com.example.migrations.First")).isEqualTo(original);

		Files.writeString(first, Files.readString(first).replace("public void upgrade(Operations op) {",
				"public void upgrade(Operations op) {\n\t\top.sql(\"select 1\");"));
		assertThat(TestCompiler.compile(sources, classes, true, List.of(first)).success()).isTrue();
		assertThat(fingerprintOf(classes, "com.example.migrations.First")).isNotEqualTo(original).hasSize(32);
	}

	@Test
	void anIndexOfClassNamesOnlyIsStillReadAndAnEntryWhoseClassIsGoneFailsWhenItRuns() throws IOException {
		Path classes = compileTinyProject(true);
		Files.writeString(classes.resolve(RevisionIndex.RESOURCE), """
				# written by an earlier Retort
				com.example.migrations.First
				com.example.migrations.deeper.Second
				""");
		Files.writeString(classes.resolve(RevisionIndex.RESOURCE), "com.example.migrations.Deleted\tdddd\t\t\t\ttrue\t\t\n",
				java.nio.file.StandardOpenOption.APPEND);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			JavaRevisionDiscovery.Result result = new JavaRevisionDiscovery(loader).find("com.example.migrations");
			assertThat(result.source()).isEqualTo(JavaRevisionDiscovery.Source.INDEX);
			assertThat(result.revisions()).extracting(RevisionScript::id).containsExactly("dddd", "aaaa00000001",
					"bbbb00000002");
			assertThat(result.revisions()).extracting(JavaRevisionScript::fingerprint).containsOnlyNulls();
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> result.revisions().get(0).newMigration())
				.withMessageContaining("Cannot load the class of revision dddd, com.example.migrations.Deleted")
				.withMessageContaining("a clean build rewrites the revision index");
		}
	}

	private static String fingerprintOf(Path classes, String className) throws IOException {
		try (InputStream input = Files.newInputStream(classes.resolve(RevisionIndex.RESOURCE))) {
			return RevisionIndex.read(input).stream().filter((entry) -> entry.className().equals(className))
				.findFirst().orElseThrow().fingerprint();
		}
	}

	private List<String> indexOf(Path classes) throws IOException {
		try (InputStream input = Files.newInputStream(classes.resolve(RevisionIndex.RESOURCE))) {
			return RevisionIndex.read(input).stream().map(RevisionIndex.Entry::className).toList();
		}
	}

	/** Loads the compiled project's classes itself, and remembers which. */
	private static final class RecordingClassLoader extends URLClassLoader {

		final List<String> loaded = new java.util.ArrayList<>();

		RecordingClassLoader(Path classes) throws IOException {
			super(new URL[] { classes.toUri().toURL() }, JavaRevisionDiscoveryTest.class.getClassLoader());
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			this.loaded.add(name);
			return super.findClass(name);
		}

	}

	private Path compileTinyProject(boolean runProcessor) throws IOException {
		Path sources = writeTinyProject();
		Path classes = Files.createDirectories(this.temp.resolve("classes"));
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, classes, runProcessor, List.of());
		assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
		return classes;
	}

	private Path writeTinyProject() throws IOException {
		Path sources = this.temp.resolve("src");
		write(sources, "com/example/migrations/First.java", revision("com.example.migrations", "First",
				"aaaa00000001", null));
		write(sources, "com/example/migrations/deeper/Second.java", revision("com.example.migrations.deeper",
				"Second", "bbbb00000002", "aaaa00000001"));
		write(sources, "com/example/migrations/NotARevision.java", """
				package com.example.migrations;

				public class NotARevision {
				}
				""");
		return sources;
	}

	private static String revision(String javaPackage, String name, String id, String revises) {
		return """
				package %s;

				import dev.retort.Migration;
				import dev.retort.Operations;
				import dev.retort.Revision;

				@Revision(id = "%s"%s)
				public class %s implements Migration {

					@Override
					public void upgrade(Operations op) {
					}

					@Override
					public void downgrade(Operations op) {
					}

				}
				""".formatted(javaPackage, id, (revises != null) ? ", revises = \"" + revises + "\"" : "", name);
	}

	private static Path write(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
