package dev.retort.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Small revision graphs for tests, written one revision per line:
 * {@code graph(rev("b").revises("a").labels("left"))}.
 */
final class TestRevisions {

	private TestRevisions() {
	}

	static Builder rev(String id) {
		return new Builder(id);
	}

	static RevisionGraph graph(Builder... revisions) {
		return RevisionGraph.of(Arrays.stream(revisions).map(Builder::build).toList());
	}

	static Set<String> heads(String... ids) {
		return Set.of(ids);
	}

	static List<String> ids(List<RevisionScript> scripts) {
		return scripts.stream().map(RevisionScript::id).toList();
	}

	static final class Builder {

		private final String id;

		private final List<String> revises = new ArrayList<>();

		private final List<String> dependsOn = new ArrayList<>();

		private final List<String> labels = new ArrayList<>();

		Builder(String id) {
			this.id = id;
		}

		Builder revises(String... ids) {
			this.revises.addAll(List.of(ids));
			return this;
		}

		Builder dependsOn(String... ids) {
			this.dependsOn.addAll(List.of(ids));
			return this;
		}

		Builder labels(String... labels) {
			this.labels.addAll(List.of(labels));
			return this;
		}

		RevisionScript build() {
			RevisionHeader header = new RevisionHeader(this.id, this.revises, this.dependsOn, this.labels,
					"revision " + this.id, true);
			return new SqlRevisionScript(header, "db/revisions/" + this.id + ".sql", List.of(), List.of());
		}

	}

}
