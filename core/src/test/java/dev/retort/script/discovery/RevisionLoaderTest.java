package dev.retort.script.discovery;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.retort.script.Plan;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlRevisionScript;
import dev.retort.script.Step;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionLoaderTest {

	@Test
	void javaAndSqlRevisionsFormOneGraph() {
		RevisionGraph graph = RevisionLoader.loadGraph(getClass().getClassLoader(),
				"dev.retort.script.discovery.fixture", List.of("classpath:db/fixture-revisions/"));
		assertThat(graph.revisions()).extracting(RevisionScript::id).containsExactly("1975ea83b712", "3f2a9c1d7b4e",
				"ae1027a6acf2", "27c6a30d7c24", "8d1e4b2a9f60");
		assertThat(graph.revisions()).extracting(RevisionScript::kind).containsExactly(RevisionScript.Kind.JAVA,
				RevisionScript.Kind.SQL, RevisionScript.Kind.JAVA, RevisionScript.Kind.JAVA, RevisionScript.Kind.SQL);
		assertThat(graph.heads()).containsExactly("8d1e4b2a9f60");
		SqlRevisionScript seed = (SqlRevisionScript) graph.get("8d1e4b2a9f60");
		assertThat(seed.location()).isEqualTo("db/fixture-revisions/nested/0004_seed_roles.sql");
		assertThat(seed.dependsOn()).containsExactly("1975ea83b712");
		assertThat(seed.message()).isEqualTo("Seed roles; with \"quotes\"");
		assertThat(seed.upgradeStatements()).containsExactly("INSERT INTO role (name) VALUES ('admin; root')",
				"INSERT INTO role (name) VALUES ('user')");
		Plan plan = graph.planUpgrade(Set.of(), "head");
		assertThat(plan.steps()).extracting(Step::headsAfter).extracting(Object::toString).containsExactly("[1975ea83b712]",
				"[3f2a9c1d7b4e]", "[3f2a9c1d7b4e, ae1027a6acf2]", "[27c6a30d7c24]", "[8d1e4b2a9f60]");
	}

	@Test
	void noPackageAndAFileLocation() throws Exception {
		java.nio.file.Path directory = java.nio.file.Path.of(getClass().getResource("/db/fixture-revisions").toURI());
		List<RevisionScript> revisions = RevisionLoader.load(getClass().getClassLoader(), null,
				List.of("file:" + directory));
		assertThat(revisions).extracting(RevisionScript::id).containsExactlyInAnyOrder("3f2a9c1d7b4e", "8d1e4b2a9f60");
		assertThat(RevisionLoader.load(getClass().getClassLoader(), "", List.of("classpath:db/none"))).isEmpty();
	}

}
