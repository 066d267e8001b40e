package dev.retort.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a collection of revisions and orders them. Every check names the revisions involved
 * and where they live, because the user has to find and edit them.
 */
final class GraphBuilder {

	private final Map<String, RevisionScript> byId = new LinkedHashMap<>();

	private final Map<String, String> labelOwners = new HashMap<>();

	GraphStructure build(Collection<? extends RevisionScript> scripts) {
		checkNames(scripts);
		indexIds(scripts);
		indexLabels();
		checkParents();
		resolveDependencies();
		checkSelfLoops();
		return new GraphStructure(order(), this.labelOwners);
	}

	private void checkNames(Collection<? extends RevisionScript> scripts) {
		for (RevisionScript script : scripts) {
			String problem = RevisionNames.problemWithId(script.id());
			if (problem == null) {
				problem = script.branchLabels().stream().map(RevisionNames::problemWithLabel)
					.filter((p) -> p != null).findFirst().orElse(null);
			}
			if (problem != null) {
				throw new InvalidRevisionIdException("Invalid revision " + script.location() + ": " + problem
						+ ". Change it in " + script.location() + " (and wherever it is referred to).");
			}
		}
	}

	private void indexIds(Collection<? extends RevisionScript> scripts) {
		for (RevisionScript script : scripts) {
			RevisionScript previous = this.byId.putIfAbsent(script.id(), script);
			if (previous != null) {
				throw new DuplicateRevisionException("Revision '" + script.id() + "' is present more than once: in "
						+ previous.location() + " and in " + script.location()
						+ ". Give one of them another id, or remove the copy.");
			}
		}
	}

	private void indexLabels() {
		for (RevisionScript script : this.byId.values()) {
			for (String label : script.branchLabels()) {
				RevisionScript sameId = this.byId.get(label);
				if (sameId != null) {
					throw new DuplicateBranchLabelException("Branch label '" + label + "' in revision '" + script.id()
							+ "' (" + script.location() + ") is also the id of revision " + sameId.location()
							+ "; choose another label.");
				}
				String owner = this.labelOwners.putIfAbsent(label, script.id());
				if (owner != null && !owner.equals(script.id())) {
					throw new DuplicateBranchLabelException("Branch name '" + label + "' in revision '" + script.id()
							+ "' (" + script.location() + ") is already used by revision '" + owner + "' ("
							+ this.byId.get(owner).location() + "); a label may be declared by one revision only.");
				}
			}
		}
	}

	private void checkParents() {
		for (RevisionScript script : this.byId.values()) {
			for (String parent : script.revises()) {
				if (!this.byId.containsKey(parent)) {
					throw new MissingRevisionException("Revision '" + script.id() + "' (" + script.location()
							+ ") revises '" + parent + "', which is not present. Restore that revision, or correct "
							+ "'revises' (full revision ids only).");
				}
			}
		}
	}

	/** Rewrites each depends-on entry, an id or a branch label, as the id it names. */
	private void resolveDependencies() {
		for (Map.Entry<String, RevisionScript> entry : this.byId.entrySet()) {
			RevisionScript script = entry.getValue();
			if (script.dependsOn().isEmpty()) {
				continue;
			}
			Set<String> resolved = new LinkedHashSet<>();
			for (String dependency : script.dependsOn()) {
				if (this.byId.containsKey(dependency)) {
					resolved.add(dependency);
				}
				else if (this.labelOwners.containsKey(dependency)) {
					resolved.add(this.labelOwners.get(dependency));
				}
				else {
					throw new MissingRevisionException("Revision '" + script.id() + "' (" + script.location()
							+ ") depends on '" + dependency + "', which is neither a revision nor a branch label. "
							+ "Restore that revision, or correct 'dependsOn'.");
				}
			}
			entry.setValue(script.withHeader(script.header().withDependsOn(List.copyOf(resolved))));
		}
	}

	private void checkSelfLoops() {
		for (RevisionScript script : this.byId.values()) {
			if (script.revises().contains(script.id())) {
				throw new RevisionCycleException("Self-loop is detected in revisions: '" + script.id() + "' ("
						+ script.location() + ") revises itself. Correct its 'revises'.");
			}
			if (script.dependsOn().contains(script.id())) {
				throw new RevisionCycleException("Dependency self-loop is detected in revisions: '" + script.id()
						+ "' (" + script.location() + ") depends on itself. Correct its 'dependsOn'.");
			}
		}
	}

	/**
	 * Kahn's algorithm, parents before children. Of the revisions that become ready, the children
	 * of the one just placed go first, so that a branch stays together instead of interleaving
	 * with its siblings; ties are broken by id so that the order never depends on discovery.
	 */
	private List<RevisionScript> order() {
		Map<String, Integer> pending = new HashMap<>();
		Map<String, List<String>> next = new HashMap<>();
		for (RevisionScript script : this.byId.values()) {
			Set<String> before = before(script);
			pending.put(script.id(), before.size());
			for (String parent : before) {
				next.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(script.id());
			}
		}
		Deque<String> ready = new ArrayDeque<>();
		pushSortedDescending(ready, pending.entrySet().stream().filter((e) -> e.getValue() == 0).map(Map.Entry::getKey).toList());
		List<RevisionScript> ordered = new ArrayList<>(this.byId.size());
		while (!ready.isEmpty()) {
			String id = ready.pop();
			ordered.add(this.byId.get(id));
			List<String> nowReady = new ArrayList<>();
			for (String child : next.getOrDefault(id, List.of())) {
				if (pending.merge(child, -1, Integer::sum) == 0) {
					nowReady.add(child);
				}
			}
			pushSortedDescending(ready, nowReady);
		}
		if (ordered.size() < this.byId.size()) {
			throw cycle(pending);
		}
		return ordered;
	}

	/** Pushes the ids so that the smallest comes off first. Called once per revision: no streams. */
	private static void pushSortedDescending(Deque<String> stack, List<String> ids) {
		List<String> sorted = ids;
		if (ids.size() > 1) {
			sorted = new ArrayList<>(ids);
			sorted.sort(Comparator.reverseOrder());
		}
		for (String id : sorted) {
			stack.push(id);
		}
	}

	private Set<String> before(RevisionScript script) {
		Set<String> before = new LinkedHashSet<>(script.revises());
		before.addAll(script.dependsOn());
		return before;
	}

	/** Every revision left unordered lies on or after a cycle; walk back from one until it repeats. */
	private RevisionCycleException cycle(Map<String, Integer> pending) {
		String start = pending.entrySet().stream().filter((e) -> e.getValue() > 0).map(Map.Entry::getKey).sorted()
			.findFirst().orElseThrow();
		List<String> path = new ArrayList<>();
		String current = start;
		while (!path.contains(current)) {
			path.add(current);
			current = before(this.byId.get(current)).stream().filter((p) -> pending.get(p) > 0).sorted().findFirst()
				.orElseThrow();
		}
		List<String> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
		Collections.reverse(loop);
		Collections.rotate(loop, -loop.indexOf(Collections.min(loop)));
		boolean throughDependency = false;
		for (int i = 0; i < loop.size(); i++) {
			String parent = loop.get(i);
			String child = loop.get((i + 1) % loop.size());
			throughDependency |= !this.byId.get(child).revises().contains(parent);
		}
		loop.add(loop.get(0));
		List<String> described = loop.stream().map((id) -> id + " (" + this.byId.get(id).location() + ")").toList();
		return new RevisionCycleException((throughDependency ? "Dependency cycle" : "Cycle")
				+ " is detected in revisions: " + String.join(" -> ", described)
				+ ". Each revision must come after the ones it revises" + (throughDependency ? " or depends on" : "")
				+ "; correct 'revises'" + (throughDependency ? " or 'dependsOn'" : "") + " of one of them.");
	}

}
