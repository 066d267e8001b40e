package dev.retort.script.write;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import dev.retort.RetortException;
import dev.retort.script.InvalidTargetException;
import dev.retort.script.MultipleHeadsException;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionNames;
import dev.retort.script.RevisionScript;

/**
 * Settles where a new revision goes, with Alembic's rules for {@code revision} and
 * {@code merge}: which heads it revises, its id, labels and dependencies, each checked against
 * the graph before anything is written.
 */
public final class NewRevisionResolver {

	private static final String DEFAULT_MESSAGE = "empty message";

	private final RevisionGraph graph;

	private final Supplier<String> idGenerator;

	public NewRevisionResolver(RevisionGraph graph) {
		this(graph, randomIds(new SecureRandom()));
	}

	public NewRevisionResolver(RevisionGraph graph, Supplier<String> idGenerator) {
		this.graph = graph;
		this.idGenerator = idGenerator;
	}

	/** Generated ids: 12 lowercase hexadecimal characters, as Alembic's. */
	public static Supplier<String> randomIds(Random random) {
		return () -> {
			byte[] bytes = new byte[6];
			random.nextBytes(bytes);
			return HexFormat.of().formatHex(bytes);
		};
	}

	public NewRevision revision(RevisionRequest request) {
		List<String> revises = parentsFor(request.head(), request.splice());
		return newRevision(request.revId(), revises, request.branchLabels(), dependencies(request.dependsOn()),
				isBlank(request.message()) ? DEFAULT_MESSAGE : request.message().strip());
	}

	public NewRevision merge(MergeRequest request) {
		Set<String> revises = new LinkedHashSet<>();
		for (String target : request.revisions()) {
			for (RevisionScript revision : sortedById(resolve(target))) {
				if (!revises.add(revision.id())) {
					throw new InvalidTargetException("Duplicate head revisions specified: " + revision.id()
							+ " is named twice; name each revision to merge once.");
				}
			}
		}
		if (revises.size() < 2) {
			throw new InvalidTargetException("A merge joins two or more revisions, but " + request.revisions()
					+ " names " + (revises.isEmpty() ? "none" : "only " + revises.iterator().next())
					+ (request.revisions().equals(List.of("heads")) ? ": there is a single head, nothing to merge." : "."));
		}
		for (String id : revises) {
			checkIsHead(id, request.splice(), "merge");
			for (String other : revises) {
				if (!id.equals(other) && this.graph.isAncestor(id, other)) {
					throw new InvalidTargetException("Requested revision " + other + " overlaps with other requested "
							+ "revisions " + id + ": it already includes it. Merge only revisions on different branches.");
				}
			}
		}
		String message = isBlank(request.message()) ? "Merge heads" : request.message().strip();
		return newRevision(request.revId(), List.copyOf(revises), request.branchLabels(), List.of(), message);
	}

	private List<String> parentsFor(String head, boolean splice) {
		if (head.equals("base") || (this.graph.isEmpty() && head.equals("head"))) {
			return List.of();
		}
		List<RevisionScript> parents;
		try {
			parents = resolve(head);
		}
		catch (MultipleHeadsException ex) {
			throw new MultipleHeadsException("Multiple heads are present (" + String.join(", ", this.graph.heads())
					+ "); please specify the head revision on which the new revision should be based (--head "
					+ "<revision> or <label>@head), or perform a merge.");
		}
		if (parents.size() != 1) {
			throw new InvalidTargetException("--head " + head + " names " + parents.size() + " revisions; a new "
					+ "revision builds on one. To join several, use merge.");
		}
		String parent = parents.get(0).id();
		checkIsHead(parent, splice, "revision");
		return List.of(parent);
	}

	private void checkIsHead(String id, boolean splice, String command) {
		if (!splice && !this.graph.children(id).isEmpty()) {
			throw new InvalidTargetException("Revision " + id + " is not a head revision; please specify --splice to "
					+ "create a new branch from this revision" + (command.equals("merge") ? ", or merge its heads" : "")
					+ ".");
		}
	}

	private static List<RevisionScript> sortedById(List<RevisionScript> revisions) {
		return revisions.stream().sorted(Comparator.comparing(RevisionScript::id)).toList();
	}

	private List<RevisionScript> resolve(String target) {
		return this.graph.resolve(target, Set.of());
	}

	/** Labels stay labels; ids, partial or full, become full ids. */
	private List<String> dependencies(List<String> dependsOn) {
		Set<String> labels = declaredLabels().keySet();
		List<String> resolved = new ArrayList<>();
		for (String dependency : dependsOn) {
			if (labels.contains(dependency)) {
				resolved.add(dependency);
				continue;
			}
			List<RevisionScript> revisions = resolve(dependency);
			if (revisions.size() != 1) {
				throw new InvalidTargetException("--depends-on " + dependency + " names " + revisions.size()
						+ " revisions; give one revision id or branch label per --depends-on.");
			}
			resolved.add(revisions.get(0).id());
		}
		return resolved;
	}

	private NewRevision newRevision(String revId, List<String> revises, List<String> branchLabels,
			List<String> dependsOn, String message) {
		String id = isBlank(revId) ? uniqueGeneratedId() : checkedId(revId.strip());
		Map<String, String> labels = declaredLabels();
		for (String label : branchLabels) {
			String problem = RevisionNames.problemWithLabel(label);
			if (problem != null) {
				throw new RetortException("Invalid --branch-label: " + problem + ".");
			}
			if (labels.containsKey(label) || this.graph.find(label).isPresent()) {
				throw new RetortException("Branch name '" + label + "' is already used by revision "
						+ labels.getOrDefault(label, label) + "; choose another label.");
			}
		}
		return new NewRevision(id, revises, branchLabels, dependsOn, message, sequenceAfter(revises));
	}

	private String checkedId(String id) {
		String problem = RevisionNames.problemWithId(id);
		if (problem != null) {
			throw new RetortException("Invalid --rev-id: " + problem + ".");
		}
		Optional<RevisionScript> existing = this.graph.find(id);
		if (existing.isPresent()) {
			throw new RetortException("Revision " + id + " already exists (" + existing.get().location()
					+ "); choose another --rev-id, or leave it out for a generated one.");
		}
		return id;
	}

	private String uniqueGeneratedId() {
		String id = this.idGenerator.get();
		while (this.graph.find(id).isPresent()) {
			id = this.idGenerator.get();
		}
		return id;
	}

	private Map<String, String> declaredLabels() {
		Map<String, String> labels = new HashMap<>();
		this.graph.revisions().forEach((revision) -> revision.branchLabels()
			.forEach((label) -> labels.put(label, revision.id())));
		return labels;
	}

	/** One more than the longest chain of parents below. */
	private int sequenceAfter(List<String> revises) {
		Map<String, Integer> depth = new HashMap<>();
		for (RevisionScript revision : this.graph.revisions()) {
			depth.put(revision.id(), 1 + revision.revises().stream().mapToInt(depth::get).max().orElse(0));
		}
		return 1 + revises.stream().mapToInt(depth::get).max().orElse(0);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
