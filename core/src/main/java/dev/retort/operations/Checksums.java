package dev.retort.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import dev.retort.Operations;

/**
 * A revision's checksum: the version of the {@link CanonicalForm} it was computed from, a colon,
 * and the first 16 hexadecimal digits (64 bits) of the SHA-256 of that form of its recorded
 * operations, as {@code 2:96126d4338da3591}. Equal operations give equal checksums on every
 * database, Hibernate version and build; any change to what a revision does changes it (JDBC
 * callbacks excepted beyond their descriptions: see {@link CanonicalForm}). 64 bits keep the
 * value short for history listings while an accidental collision between two versions of a
 * revision stays out of reach.
 * <p>
 * A stored checksum is verified in the form it names, with {@link #matches}: a database keeps
 * the checksums of the revisions it applied under whatever Retort applied them, and a newer
 * Retort must not report them all as changed. Checksums of version 1, written by Retort before
 * forms had versions, are 16 hexadecimal digits without a prefix; they are recognised by that
 * shape and compared with {@link CanonicalFormV1}, which writes version 1's text with every name
 * spelt out, as reflection read them then. Such a checksum stays as it is, verified each time,
 * until the revision is recorded again ({@code stamp --update-checksums}): the history table is
 * a journal, and rewriting its rows to say they were written differently would falsify it. New
 * rows get the current version.
 */
public final class Checksums {

	/** How many hexadecimal digits of the digest a checksum keeps. */
	public static final int DIGITS = 16;

	private static final String PREFIX = CanonicalForm.VERSION + ":";

	private final MessageDigest sha256 = sha256();

	/**
	 * A calculator for many revisions in a row, as at start-up where every applied revision is
	 * checked: it reuses one SHA-256 digest. Not thread-safe.
	 */
	public Checksums() {
	}

	/** The checksum of the operations, in the current version of the canonical form. */
	public static String of(List<Operation> operations) {
		return new Checksums().checksum(operations);
	}

	/** The checksum of what the body records, as {@code Checksums.of(OperationRecorder.record(body))}. */
	public static String of(Consumer<Operations> body) {
		return of(OperationRecorder.record(body));
	}

	/** The checksum of the operations, as {@link #of(List)}. */
	public String checksum(List<Operation> operations) {
		return PREFIX + digest(CanonicalForm.of(operations));
	}

	/**
	 * Whether a checksum recorded earlier is that of these operations, computed in the version
	 * of the canonical form the recorded checksum names. A checksum in a version this Retort does
	 * not know (written by a later one), or not written by Retort, matches nothing.
	 */
	public boolean matches(String recorded, List<Operation> operations) {
		if (recorded == null) {
			return false;
		}
		return switch (versionOf(recorded)) {
			case 1 -> recorded.equals(digest(CanonicalFormV1.of(operations)));
			case CanonicalForm.VERSION -> recorded.equals(checksum(operations));
			default -> false;
		};
	}

	/** Whether a checksum recorded earlier is that of what the body records, as {@link #matches(String, List)}. */
	public boolean matches(String recorded, Consumer<Operations> body) {
		return matches(recorded, OperationRecorder.record(body));
	}

	/**
	 * The version of the canonical form a checksum was computed from: the number before its
	 * colon, or 1 for 16 hexadecimal digits alone, as Retort wrote them before forms had
	 * versions; 0 for text that is no checksum.
	 */
	public static int versionOf(String checksum) {
		int colon = checksum.indexOf(':');
		String digits = (colon < 0) ? checksum : checksum.substring(colon + 1);
		if (digits.length() != DIGITS || !isHex(digits)) {
			return 0;
		}
		if (colon < 0) {
			return 1;
		}
		try {
			int version = Integer.parseInt(checksum, 0, colon, 10);
			return (version > 1 && checksum.startsWith(version + ":")) ? version : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static boolean isHex(String digits) {
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	private String digest(String canonicalText) {
		byte[] hash = this.sha256.digest(canonicalText.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(hash, 0, DIGITS / 2);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
