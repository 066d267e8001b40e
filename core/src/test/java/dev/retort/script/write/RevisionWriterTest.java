package dev.retort.script.write;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionScript;
import dev.retort.script.TestCompiler;
import dev.retort.script.discovery.JavaRevisionDiscovery;
import dev.retort.script.discovery.RevisionLoader;
import dev.retort.script.discovery.SqlRevisionParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionWriterTest {

	private static final String PACKAGE = "com.example.migrations";

	@TempDir
	Path project;

	private final RevisionWriter writer = new RevisionWriter();

	private final Random random = new Random(42);

	private NewRevisionResolver resolver(RevisionGraph graph) {
		return new NewRevisionResolver(graph, NewRevisionResolver.randomIds(this.random));
	}

	@Test
	void anEmptyJavaRevisionReadsLikeHandWrittenCode() throws IOException {
		NewRevision revision = resolver(RevisionGraph.of(List.of()))
			.revision(new RevisionRequest("Add is_active to User", "1975ea83b712", null, false, List.of(), List.of()));
		Path file = this.writer.writeJava(revision, this.project.resolve("src"), PACKAGE, RevisionBody.empty());
		assertThat(file).hasFileName("V0001_AddIsActiveToUser.java");
		assertThat(Files.readString(file)).isEqualTo("""
				package com.example.migrations;

				import dev.retort.Migration;
				import dev.retort.Operations;
				import dev.retort.Revision;

				/**
				 * Add is_active to User.
				 */
				@Revision(id = "1975ea83b712", message = "Add is_active to User")
				public class V0001_AddIsActiveToUser implements Migration {
					@Override
					public void upgrade(Operations op) {
						// Describe the change here, through op.
					}

					@Override
					public void downgrade(Operations op) {
						// Undo what upgrade does, in reverse order.
					}
				}
				""");
	}

	@Test
	void writtenRevisionsCompileWithoutWarningsAndLoadBackIntoTheGraph() throws IOException {
		Path sources = this.project.resolve("src");
		List<RevisionScript> loaded = new ArrayList<>();
		RevisionGraph graph = RevisionGraph.of(loaded);
		NewRevision first = resolver(graph).revision(RevisionRequest.of("Create user"));
		this.writer.writeJava(first, sources, PACKAGE, RevisionBody.empty());
		graph = compileAndLoad(sources);

		NewRevision second = resolver(graph).revision(new RevisionRequest("Add \"email\" index", null, null, false,
				List.of("users"), List.of()));
		CodeBlock upgrade = CodeBlock.builder().addStatement("$T.requireNonNull(op)", java.util.Objects.class).build();
		this.writer.writeJava(second, sources, PACKAGE, new RevisionBody(upgrade, CodeBlock.of("")));
		NewRevision sibling = resolver(compileAndLoad(sources))
			.revision(new RevisionRequest("Create item", "item_1", first.id(), true, List.of(), List.of()));
		this.writer.writeJava(sibling, sources, PACKAGE + ".items", RevisionBody.empty());
		graph = compileAndLoad(sources);
		assertThat(graph.heads()).containsExactlyInAnyOrder(second.id(), "item_1");
		assertThat(graph.get("item_1").location()).isEqualTo(PACKAGE + ".items.V0002_CreateItem");
		assertThat(graph.get(second.id()).message()).isEqualTo("Add \"email\" index");
		assertThat(Files.readString(sources.resolve("com/example/migrations/V0002_AddEmailIndex.java")))
			.contains("Objects.requireNonNull(op);").contains("branchLabels = \"users\"");

		NewRevision merge = resolver(graph).merge(MergeRequest.heads(null));
		Path mergeFile = this.writer.writeJava(merge, sources, PACKAGE, RevisionBody.empty());
		assertThat(mergeFile).hasFileName("V0003_MergeHeads.java");
		assertThat(Files.readString(mergeFile)).contains("@Revision(id = \"" + merge.id() + "\", revises = { \"" + second.id() + "\", \"item_1\" }, "
					+ "message = \"Merge heads\")")
			.contains("// A merge point joins branches and usually changes nothing itself.");
		graph = compileAndLoad(sources);
		assertThat(graph.heads()).containsExactly(merge.id());
		assertThat(graph.mergePoints()).containsExactly(merge.id());
	}

	@Test
	void sqlRevisionsParseBack() {
		RevisionGraph graph = RevisionGraph.of(List.of(new SqlRevisionScript(
				new dev.retort.script.RevisionHeader("aaaa00000001", List.of(), List.of(), List.of("core"), "", true),
				"a.sql", List.of(), List.of())));
		NewRevision revision = resolver(graph).revision(new RevisionRequest("Add index on email; \"quoted\" \\ too",
				null, "core@head", false, List.of("search"), List.of("aaaa")));
		Path file = this.writer.writeSql(revision, this.project.resolve("db/revisions"),
				List.of("CREATE INDEX ix_user_email ON \"user\" (email)"), List.of());
		assertThat(file).hasFileName("0002_add_index_on_email_quoted_too.sql");
		SqlRevisionScript parsed = SqlRevisionParser.parse("x.sql", readString(file));
		assertThat(parsed.id()).isEqualTo(revision.id()).matches("[0-9a-f]{12}");
		assertThat(parsed.revises()).containsExactly("aaaa00000001");
		assertThat(parsed.branchLabels()).containsExactly("search");
		assertThat(parsed.dependsOn()).containsExactly("aaaa00000001");
		assertThat(parsed.message()).isEqualTo(revision.message());
		assertThat(parsed.upgradeStatements()).containsExactly("CREATE INDEX ix_user_email ON \"user\" (email)");
		assertThat(parsed.downgradeStatements()).isEmpty();
		Path again = this.writer.writeSql(revision, this.project.resolve("db/revisions"), List.of(), List.of());
		assertThat(again).hasFileName("0002_add_index_on_email_quoted_too_2.sql");
	}

	@Test
	void alembicsRulesForWhereANewRevisionGoes() {
		RevisionGraph graph = dev.retort.script.RevisionGraph.of(List.of(sql("a", List.of()), sql("b", List.of("a")),
				sql("c", List.of("a"))));
		NewRevisionResolver resolver = resolver(graph);
		assertThatExceptionOfType(dev.retort.script.MultipleHeadsException.class)
			.isThrownBy(() -> resolver.revision(RevisionRequest.of("x")))
			.withMessage("Multiple heads are present (b, c); please specify the head revision on which the new revision "
					+ "should be based (--head <revision> or <label>@head), or perform a merge.");
		assertThatExceptionOfType(dev.retort.script.InvalidTargetException.class)
			.isThrownBy(() -> resolver.revision(new RevisionRequest("x", null, "a", false, List.of(), List.of())))
			.withMessage("Revision a is not a head revision; please specify --splice to create a new branch from this "
					+ "revision.");
		assertThat(resolver.revision(new RevisionRequest("x", null, "a", true, List.of(), List.of())).revises())
			.containsExactly("a");
		assertThat(resolver.revision(new RevisionRequest("x", null, "base", false, List.of(), List.of())).revises())
			.isEmpty();
		assertThat(resolver.revision(new RevisionRequest("", null, "b", false, List.of(), List.of())).message())
			.isEqualTo("empty message");
		assertThatExceptionOfType(dev.retort.RetortException.class)
			.isThrownBy(() -> resolver.revision(new RevisionRequest("x", "b", "b", false, List.of(), List.of())))
			.withMessageContaining("Revision b already exists");
		assertThatExceptionOfType(dev.retort.RetortException.class)
			.isThrownBy(() -> resolver.revision(new RevisionRequest("x", "has-dash", "b", false, List.of(), List.of())))
			.withMessageContaining("Invalid --rev-id: revision id 'has-dash' contains character(s) '-'");
		assertThat(resolver.revision(new RevisionRequest("x", "x".repeat(64), "b", false, List.of(), List.of())).id())
			.hasSize(64);
		assertThatExceptionOfType(dev.retort.script.InvalidTargetException.class)
			.isThrownBy(() -> resolver.merge(new MergeRequest(List.of("b", "b"), null, null, List.of(), false)))
			.withMessageStartingWith("Duplicate head revisions specified");
		assertThatExceptionOfType(dev.retort.script.InvalidTargetException.class)
			.isThrownBy(() -> resolver.merge(new MergeRequest(List.of("a", "b"), null, null, List.of(), true)))
			.withMessageContaining("overlaps");
		NewRevision merge = resolver.merge(new MergeRequest(List.of("heads"), "join", "m1", List.of("joined"), false));
		assertThat(merge.revises()).containsExactly("b", "c");
		assertThat(merge.sequence()).isEqualTo(3);
	}

	private static SqlRevisionScript sql(String id, List<String> revises) {
		return new SqlRevisionScript(new dev.retort.script.RevisionHeader(id, revises, List.of(), List.of(), "", true),
				id + ".sql", List.of(), List.of());
	}

	private RevisionGraph compileAndLoad(Path sources) throws IOException {
		Path classes = Files.createTempDirectory(this.project, "classes");
		TestCompiler.Outcome outcome = TestCompiler.compile(sources, classes, true, List.of());
		assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
		assertThat(outcome.diagnostics()).as("javac warnings").isEmpty();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			assertThat(new JavaRevisionDiscovery(loader).find(PACKAGE).source())
				.isEqualTo(JavaRevisionDiscovery.Source.INDEX);
			return RevisionLoader.loadGraph(loader, PACKAGE, List.of());
		}
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}


}
