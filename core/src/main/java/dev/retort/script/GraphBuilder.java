package dev.retort.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
			// A loop, not a stream: this runs for every revision at start-up, interpreted.
			List<String> labels = script.branchLabels();
			for (int i = 0; problem == null && i < labels.size(); i++) {
				problem = RevisionNames.problemWithLabel(labels.get(i));
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
	 * <p>
	 * Works on positions in arrays, not on maps of ids, and without streams or lambdas: it runs for
	 * every revision at start-up, where the code is still interpreted.
	 */
	private List<RevisionScript> order() {
		int size = this.byId.size();
		RevisionScript[] scripts = this.byId.values().toArray(new RevisionScript[size]);
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < size; i++) {
			positions.put(scripts[i].id(), i);
		}
		// before[i]: what revision i waits for; next[p]: the revisions waiting for p.
		int[][] before = new int[size][];
		int[] waiting = new int[size];
		for (int i = 0; i < size; i++) {
			before[i] = beforePositions(scripts[i], positions);
			for (int parent : before[i]) {
				waiting[parent]++;
			}
		}
		int[][] next = new int[size][];
		for (int i = 0; i < size; i++) {
			next[i] = new int[waiting[i]];
			waiting[i] = 0;
		}
		int[] pending = new int[size];
		for (int i = 0; i < size; i++) {
			pending[i] = before[i].length;
			for (int parent : before[i]) {
				next[parent][waiting[parent]++] = i;
			}
		}
		// Each revision becomes ready once, so the stack never holds more than all of them.
		int[] ready = new int[size];
		int top = 0;
		List<String> nowReady = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			if (pending[i] == 0) {
				nowReady.add(scripts[i].id());
			}
		}
		top = pushSortedDescending(ready, top, nowReady, positions);
		List<RevisionScript> ordered = new ArrayList<>(size);
		while (top > 0) {
			int position = ready[--top];
			ordered.add(scripts[position]);
			nowReady.clear();
			for (int child : next[position]) {
				if (--pending[child] == 0) {
					nowReady.add(scripts[child].id());
				}
			}
			top = pushSortedDescending(ready, top, nowReady, positions);
		}
		if (ordered.size() < size) {
			Map<String, Integer> unordered = new HashMap<>();
			for (int i = 0; i < size; i++) {
				unordered.put(scripts[i].id(), pending[i]);
			}
			throw cycle(unordered);
		}
		return ordered;
	}

	/**
	 * Pushes the revisions so that the smallest id comes off first; returns the new top. Only a
	 * branch point (or several bases) makes more than one ready at a time, so a sort is rare.
	 */
	private static int pushSortedDescending(int[] stack, int top, List<String> ids, Map<String, Integer> positions) {
		List<String> sorted = ids;
		if (ids.size() > 1) {
			sorted = new ArrayList<>(ids);
			sorted.sort(Comparator.reverseOrder());
		}
		for (int i = 0; i < sorted.size(); i++) {
			stack[top++] = positions.get(sorted.get(i));
		}
		return top;
	}

	/** The positions of what a revision revises or depends on, each once. */
	private static int[] beforePositions(RevisionScript script, Map<String, Integer> positions) {
		List<String> revises = script.revises();
		List<String> dependsOn = script.dependsOn();
		int[] before = new int[revises.size() + dependsOn.size()];
		int count = addDistinct(before, 0, revises, positions);
		count = addDistinct(before, count, dependsOn, positions);
		return (count == before.length) ? before : Arrays.copyOf(before, count);
	}

	/** Appends the positions of {@code ids} not in {@code into} yet; returns the new count. */
	private static int addDistinct(int[] into, int count, List<String> ids, Map<String, Integer> positions) {
		for (int i = 0; i < ids.size(); i++) {
			int position = positions.get(ids.get(i));
			boolean seen = false;
			for (int j = 0; j < count && !seen; j++) {
				seen = into[j] == position;
			}
			if (!seen) {
				into[count++] = position;
			}
		}
		return count;
	}

	/** The ids a revision revises or depends on, each once: what the cycle message walks. */
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
