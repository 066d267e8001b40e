package dev.retort.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.retort.RetortException;
import dev.retort.operations.Checksums;
import dev.retort.script.RevisionGraph;
import dev.retort.script.RevisionScript;

/**
 * Compares the applied revisions, as the code has them now, with the checksums recorded when
 * they ran, and does what {@code retort.checksum-policy} says with a change: fail, warn, or
 * nothing.
 */
final class ChecksumVerification {

	private static final Logger logger = LoggerFactory.getLogger(ChecksumVerification.class);

	private final RevisionGraph graph;

	private final ChecksumPolicy policy;

	ChecksumVerification(RevisionGraph graph, ChecksumPolicy policy) {
		this.graph = graph;
		this.policy = policy;
	}

	/**
	 * The check of a command that changes nothing, skipped when the last history row's digest is
	 * that of the applied revisions as the code has them now: the migration that wrote it had
	 * verified each, and a fingerprint changes with the revision's source. Else every history row
	 * is read and the check made in full.
	 */
	void checkUnlessVouchedFor(Set<String> current, HistoryRow last, History history) throws SQLException {
		if (this.policy == ChecksumPolicy.IGNORE || current.isEmpty()) {
			return;
		}
		if (last != null && last.appliedDigest() != null) {
			AppliedDigest digest = AppliedDigest.of(this.graph.applied(current));
			if (digest != null && digest.text().equals(last.appliedDigest())) {
				return;
			}
		}
		check(current, history.read());
	}

	/**
	 * Compares the applied revisions with their recorded checksums, as the policy says: fails,
	 * or warns. Returns whether all were found unchanged, which only a check that ran can tell.
	 */
	boolean check(Set<String> current, List<HistoryRow> history) {
		if (this.policy == ChecksumPolicy.IGNORE) {
			return false;
		}
		if (current.isEmpty()) {
			return true;
		}
		Map<String, HistoryRow> recorded = lastRecorded(history);
		List<String> changed = new ArrayList<>();
		Checksums checksums = new Checksums();
		for (RevisionScript revision : this.graph.applied(current)) {
			HistoryRow row = recorded.get(revision.id());
			if (row == null || row.checksum() == null || sameFingerprint(revision, row)) {
				continue;
			}
			if (!checksums.matches(row.checksum(), revision.newMigration()::upgrade)) {
				changed.add(revision.id());
			}
		}
		if (changed.isEmpty()) {
			return true;
		}
		String message = "Applied revision(s) " + String.join(", ", changed) + " changed since they were applied"
				+ " (their checksums differ). Revert the change, or accept it with 'retort stamp heads"
				+ " --update-checksums'";
		if (this.policy == ChecksumPolicy.FAIL) {
			throw new RetortException(message + "; retort.checksum-policy=fail refuses to go on.");
		}
		logger.warn(message);
		return false;
	}

	/**
	 * Whether the revision's source is the one recorded: then its checksum is taken as the one
	 * recorded too, without loading and running its code to work it out, which at every start-up
	 * would cost as much as the rest of it. The fingerprint covers the revision's own class; a
	 * change made elsewhere (a helper it calls) shows in the full comparison that
	 * {@link Retort#status()} makes.
	 */
	private static boolean sameFingerprint(RevisionScript revision, HistoryRow row) {
		return revision.fingerprint() != null && revision.fingerprint().equals(row.fingerprint());
	}

	/** The row recorded last for each revision on a successful upgrade or a stamp. */
	static Map<String, HistoryRow> lastRecorded(List<HistoryRow> history) {
		Map<String, HistoryRow> recorded = new HashMap<>();
		for (HistoryRow row : history) {
			if (HistoryRow.SUCCESS.equals(row.outcome()) && row.checksum() != null
					&& !HistoryRow.DOWNGRADE.equals(row.direction())) {
				recorded.put(row.revision(), row);
			}
		}
		return recorded;
	}

	/** The whole history, read only when the check needs it. */
	@FunctionalInterface
	interface History {

		List<HistoryRow> read() throws SQLException;

	}

}
