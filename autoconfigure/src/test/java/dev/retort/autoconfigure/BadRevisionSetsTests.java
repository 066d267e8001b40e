package dev.retort.autoconfigure;

import java.sql.SQLException;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application starting with a revision set that cannot work: start-up fails with a message
 * that names the problem and the way out, and leaves the database exactly as it was (its tables,
 * their columns, and Retort's version and history rows). The revisions are {@code .sql} files of
 * {@code bad-revisions/<case>}.
 */
class BadRevisionSetsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class));

	@DatabaseTest
	void aCycle(TestDatabase db) throws SQLException {
		assertStartUpFailsUntouched(db, "cycle", "Cycle is detected in revisions: cc0000000001",
				"-> cc0000000002", "-> cc0000000003", "0001_a.sql",
				"Each revision must come after the ones it revises");
	}

	@DatabaseTest
	void aDuplicateId(TestDatabase db) throws SQLException {
		assertStartUpFailsUntouched(db, "duplicate", "Revision 'dd0000000002' is present more than once",
				"0002_one.sql", "0003_copy.sql", "Give one of them another id, or remove the copy");
	}

	@DatabaseTest
	void aMissingParent(TestDatabase db) throws SQLException {
		assertStartUpFailsUntouched(db, "missing-parent", "Revision 'ee0000000002'", "revises 'ee00000000ff',"
				+ " which is not present", "Restore that revision, or correct 'revises'");
	}

	@DatabaseTest
	void twoHeadsWithTargetHead(TestDatabase db) throws SQLException {
		assertStartUpFailsUntouched(db, "two-heads", "Multiple head revisions are present for given argument 'head'",
				"ff0000000002", "ff0000000003", "'heads' for all heads", "create a merge revision");
	}

	@DatabaseTest
	void anAppliedRevisionMissingFromTheCode(TestDatabase db) throws SQLException {
		startUp(db, "good").run((context) -> assertThat(context).hasNotFailed());
		assertStartUpFailsUntouched(db, "missing-applied", "Can't locate revision identified by 'aa0000000002'",
				"the version table holds it but no revision has this id", "Restore the revision",
				"'stamp --purge <target>'");
	}

	@DatabaseTest
	void aChangedChecksumUnderTheStrictPolicy(TestDatabase db) throws SQLException {
		startUp(db, "good").run((context) -> assertThat(context).hasNotFailed());
		assertStartUpFailsUntouched(db, "changed", "Applied revision(s) aa0000000002 changed since they were applied",
				"Revert the change, or accept it with 'retort stamp heads --update-checksums'",
				"retort.checksum-policy=fail refuses to go on");
	}

	/** The same revisions with the default policy only warn: the check above is the policy's. */
	@DatabaseTest({ DatabaseKind.H2 })
	void aChangedChecksumUnderTheDefaultPolicyStarts(TestDatabase db) {
		startUp(db, "good").run((context) -> assertThat(context).hasNotFailed());
		startUp(db, "changed").withPropertyValues("retort.checksum-policy=warn")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private void assertStartUpFailsUntouched(TestDatabase db, String revisions, String... message)
			throws SQLException {
		List<String> before = SchemaSnapshot.of(db);
		startUp(db, revisions).withPropertyValues("retort.checksum-policy=fail").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(messages(context.getStartupFailure())).contains(message);
		});
		assertThat(SchemaSnapshot.of(db)).containsExactlyElementsOf(before);
	}

	private ApplicationContextRunner startUp(TestDatabase db, String revisions) {
		return this.contextRunner.withPropertyValues("spring.datasource.url=" + db.url(),
				"spring.datasource.username=" + db.user(), "spring.datasource.password=" + db.password(),
				"retort.revisions-package=dev.retort.autoconfigure.fixture.none",
				"retort.sql-locations=classpath:bad-revisions/" + revisions);
	}

	/** Every message of the failure's causes, as a user reads them in the start-up log. */
	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
