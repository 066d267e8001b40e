package dev.retort.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import dev.retort.Operations;

/**
 * A revision's checksum: the first 16 hexadecimal digits (64 bits) of the SHA-256 of the
 * {@link CanonicalForm} of its recorded operations. Equal operations give equal checksums on
 * every database, Hibernate version and build; any change to what a revision does changes it
 * (JDBC callbacks excepted beyond their descriptions: see {@link CanonicalForm}). 64 bits keep
 * the value short for history listings while an accidental collision between two versions of a
 * revision stays out of reach.
 */
public final class Checksums {

	/** Length of a checksum in hexadecimal digits. */
	public static final int LENGTH = 16;

	private final CanonicalForm canonicalForm = new CanonicalForm();

	private final MessageDigest sha256 = sha256();

	/**
	 * A calculator for many revisions in a row, as at start-up where every applied revision is
	 * checked: it reuses one SHA-256 digest. Not thread-safe.
	 */
	public Checksums() {
	}

	public static String of(List<Operation> operations) {
		return new Checksums().checksum(operations);
	}

	/** The checksum of the operations, as {@link #of(List)}. */
	public String checksum(List<Operation> operations) {
		return digest(this.canonicalForm.text(operations));
	}

	/** The checksum of what the body records, as {@code Checksums.of(OperationRecorder.record(body))}. */
	public static String of(Consumer<Operations> body) {
		return of(OperationRecorder.record(body));
	}

	private String digest(String canonicalText) {
		byte[] hash = this.sha256.digest(canonicalText.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(hash, 0, LENGTH / 2);
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
