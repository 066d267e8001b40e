package dev.retort.runtime;

import java.util.Collection;

import dev.retort.script.Direction;
import dev.retort.script.RevisionScript;
import dev.retort.script.Step;

/**
 * A digest of the {@link RevisionScript#fingerprint() fingerprints} of the revisions applied to
 * a database, written on each history row that a verified migration records. A start-up with
 * nothing to do that finds the same digest, worked out from the code it runs, knows every
 * applied revision to be the one verified then, and so reads one history row instead of all.
 * <p>
 * The digest is the count of revisions and the exclusive or of their fingerprints' first 128
 * bits: order does not matter, and a step adds or removes one revision without going over the
 * others again. Fingerprints are digests already, so no two revisions share one; a changed
 * revision changes the digest but for a chance of one in 2<sup>128</sup>.
 *
 * @param count how many revisions are applied
 * @param high the first 64 bits
 * @param low the next 64 bits
 */
record AppliedDigest(int count, long high, long low) {

	private static final int HEX_DIGITS = 16;

	/**
	 * The digest of these revisions, or {@code null} when one of them has no fingerprint (a
	 * {@code .sql} revision, or a class compiled without Retort's annotation processor): then
	 * nothing vouches for it but its full checksum.
	 */
	static AppliedDigest of(Collection<RevisionScript> applied) {
		AppliedDigest digest = new AppliedDigest(0, 0, 0);
		for (RevisionScript revision : applied) {
			digest = digest.toggled(revision, 1);
			if (digest == null) {
				return null;
			}
		}
		return digest;
	}

	/** The digest once the step ran: it adds or removes exactly its revision. */
	AppliedDigest after(Step step) {
		return toggled(step.revision(), (step.direction() == Direction.UPGRADE) ? 1 : -1);
	}

	/** With the revision added or removed: exclusive or undoes itself, so only the count tells which. */
	private AppliedDigest toggled(RevisionScript revision, int countChange) {
		String fingerprint = revision.fingerprint();
		if (fingerprint == null || fingerprint.length() < 2 * HEX_DIGITS) {
			return null;
		}
		long high;
		long low;
		try {
			high = Long.parseUnsignedLong(fingerprint, 0, HEX_DIGITS, 16);
			low = Long.parseUnsignedLong(fingerprint, HEX_DIGITS, 2 * HEX_DIGITS, 16);
		}
		catch (NumberFormatException ex) {
			// Not written by Retort's annotation processor; the full checksum decides
			return null;
		}
		return new AppliedDigest(this.count + countChange, this.high ^ high, this.low ^ low);
	}

	/** As the history table's {@code applied_digest} column holds it: count, colon, 32 hex digits. */
	String text() {
		return this.count + ":" + hex(this.high) + hex(this.low);
	}

	private static String hex(long value) {
		String digits = Long.toHexString(value);
		return "0".repeat(HEX_DIGITS - digits.length()) + digits;
	}

}
