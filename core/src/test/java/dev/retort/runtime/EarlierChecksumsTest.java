package dev.retort.runtime;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import dev.retort.RetortException;
import dev.retort.operations.Checksums;
import dev.retort.script.RevisionGraph;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A database migrated by an earlier Retort holds checksums in the canonical form of that time.
 * Upgrading Retort must not make them all look changed: each is verified in the form it was
 * computed in, while the steps recorded now get the current form.
 */
class EarlierChecksumsTest {

	/**
	 * The checksum that Retort recorded for {@link Fixtures.Base} before canonical forms had
	 * versions (version 1: the records' names read by reflection), as its databases hold it.
	 */
	private static final String BASE_VERSION_1 = "ca14c6b93c81e7b4";

	private static final RetortSettings STRICT = RetortSettings.defaults().withChecksumPolicy(ChecksumPolicy.FAIL);

	@DatabaseTest
	void checksumsRecordedBeforeFormsHadVersionsStillVerify(TestDatabase db) throws Exception {
		Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class)).build().upgrade("head");
		recordAsAnEarlierRetortDid(db, "aaaa00000001", BASE_VERSION_1);

		Retort upgraded = Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class, Fixtures.Left.class))
			.settings(STRICT)
			.build();
		assertThat(upgraded.upgrade("head").steps()).extracting(AppliedStep::revision).containsExactly("bbbb00000002");
		upgraded.validate("head");
		// The step recorded now has a checksum in the current form
		assertThat(upgraded.status()).extracting(RevisionStatus::id, RevisionStatus::storedChecksum,
				RevisionStatus::checksumMatches)
			.containsExactly(tuple("bbbb00000002", Checksums.of(new Fixtures.Left()::upgrade), true),
					tuple("aaaa00000001", BASE_VERSION_1, true));
	}

	@DatabaseTest
	void aRevisionChangedSinceAnEarlierRetortRecordedItIsStillSeen(TestDatabase db) throws Exception {
		Retort.builder(db.dataSource(), Fixtures.graph(Fixtures.Base.class)).build().upgrade("head");
		recordAsAnEarlierRetortDid(db, "aaaa00000001", BASE_VERSION_1);

		RevisionGraph changed = Fixtures.graph(Fixtures.ChangedBase.class, Fixtures.Left.class);
		Retort strict = Retort.builder(db.dataSource(), changed).settings(STRICT).build();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> strict.upgrade("head"))
			.withMessageContaining("aaaa00000001 changed since they were applied");
		assertThat(strict.status()).filteredOn((status) -> status.id().equals("aaaa00000001"))
			.singleElement()
			.satisfies((status) -> assertThat(status.checksumMatches()).isFalse());

		// Accepting the change records it in the current form
		strict.stamp(List.of("aaaa00000001"), false, true);
		assertThat(strict.status()).filteredOn((status) -> status.id().equals("aaaa00000001"))
			.singleElement()
			.satisfies((status) -> assertThat(status.storedChecksum()).startsWith("2:"))
			.satisfies((status) -> assertThat(status.checksumMatches()).isTrue());
	}

	/** The history as an earlier Retort left it: the revision's checksum in version 1 of the form. */
	private static void recordAsAnEarlierRetortDid(TestDatabase db, String revision, String checksum)
			throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			assertThat(statement.executeUpdate("update retort_history set checksum = '" + checksum
					+ "' where revision = '" + revision + "'")).isEqualTo(1);
		}
	}

}
