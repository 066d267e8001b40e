package dev.retort.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.retort.operations.Checksums;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * The revisions of a graph as a database holds them, read from its version table and history:
 * what {@code history} and the endpoint show, and what a health probe needs.
 */
final class RevisionStatuses {

	private final RevisionGraph graph;

	RevisionStatuses(RevisionGraph graph) {
		this.graph = graph;
	}

	/**
	 * The ids of this code's revisions not applied, newest first; none when the database is at a
	 * revision this code does not know (ahead of it, in a rolling deploy), for the graph cannot
	 * place it.
	 */
	List<String> pending(Set<String> current) {
		if (current.stream().anyMatch((id) -> this.graph.find(id).isEmpty())) {
			return List.of();
		}
		Set<String> applied = this.graph.applied(current)
			.stream()
			.map(RevisionScript::id)
			.collect(Collectors.toSet());
		List<String> pending = new ArrayList<>();
		this.graph.revisions()
			.stream()
			.map(RevisionScript::id)
			.filter((id) -> !applied.contains(id))
			.forEach(pending::add);
		Collections.reverse(pending);
		return pending;
	}

	/** Every revision, newest first, with its state, when it was applied and its checksums. */
	List<RevisionStatus> of(Set<String> current, List<HistoryRow> history) {
		Set<String> applied = appliedIds(current, history);
		Map<String, HistoryRow> lastUpgrade = new HashMap<>();
		for (HistoryRow row : history) {
			if (HistoryRow.UPGRADE.equals(row.direction()) && HistoryRow.SUCCESS.equals(row.outcome())) {
				lastUpgrade.put(row.revision(), row);
			}
		}
		Map<String, HistoryRow> recorded = ChecksumVerification.lastRecorded(history);
		List<RevisionScript> revisions = new ArrayList<>(this.graph.revisions());
		Collections.reverse(revisions);
		List<RevisionStatus> statuses = new ArrayList<>();
		Checksums checksums = new Checksums();
		for (RevisionScript revision : revisions) {
			boolean isApplied = applied.contains(revision.id());
			HistoryRow upgrade = isApplied ? lastUpgrade.get(revision.id()) : null;
			HistoryRow recordedRow = isApplied ? recorded.get(revision.id()) : null;
			String storedChecksum = (recordedRow != null) ? recordedRow.checksum() : null;
			List<Operation> operations = OperationRecorder.record(revision.newMigration()::upgrade);
			String currentChecksum = checksums.checksum(operations);
			statuses.add(new RevisionStatus(revision,
					isApplied ? RevisionStatus.State.APPLIED : RevisionStatus.State.PENDING,
					(upgrade != null) ? upgrade.startedAt() : null, (upgrade != null) ? upgrade.durationMs() : null,
					storedChecksum, currentChecksum,
					(storedChecksum != null) ? checksums.matches(storedChecksum, operations) : null));
		}
		return statuses;
	}

	/**
	 * The ids of this code's revisions that are applied. When the database is at a revision this
	 * code does not know (a newer instance migrated past it, in a rolling deploy), the graph
	 * cannot place it, and the history tells instead: a revision is applied when its last
	 * successful step upgraded it, or a stamp named it or a revision after it.
	 */
	private Set<String> appliedIds(Set<String> current, List<HistoryRow> history) {
		if (current.stream().allMatch((id) -> this.graph.find(id).isPresent())) {
			return this.graph.applied(current).stream().map(RevisionScript::id).collect(Collectors.toSet());
		}
		Map<String, Boolean> applied = new HashMap<>();
		for (HistoryRow row : history) {
			if (!HistoryRow.SUCCESS.equals(row.outcome())) {
				continue;
			}
			if (HistoryRow.STAMP.equals(row.direction()) && HistoryRow.BASE.equals(row.revision())) {
				applied.clear();
			}
			else if (HistoryRow.STAMP.equals(row.direction())) {
				this.graph.find(row.revision())
					.ifPresent((stamped) -> this.graph.applied(Set.of(stamped.id()))
						.forEach((revision) -> applied.put(revision.id(), true)));
			}
			else {
				applied.put(row.revision(), HistoryRow.UPGRADE.equals(row.direction()));
			}
		}
		return applied.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
