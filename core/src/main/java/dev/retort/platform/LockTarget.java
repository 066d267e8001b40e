package dev.retort.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.retort.operations.ObjectName;

/**
 * What the migration lock locks: one lock per schema and version table, so that two
 * applications in one database don't block each other.
 *
 * @param name the lock's name, {@code retort:<schema>.<version table>}
 * @param table the table of a row lock, for databases without a session lock
 * @param tableSql that table's name as SQL
 */
public record LockTarget(String name, ObjectName table, String tableSql) {

	/** The name as a 64-bit key, for databases whose locks are numbered. */
	public long key() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.name.getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (digest[i] & 0xff);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
