package dev.retort.autogenerate;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.models.lob.Attachment;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's MariaDB dialect sizes a large object by its length ({@code tinyblob} for 255);
 * autogenerate writes the same, and a column an earlier revision made {@code longblob} holds
 * every value still: no difference, so no revision narrows it.
 */
class LargeObjectSizesTest {

	@DatabaseTest(DatabaseKind.MARIADB)
	void aLargerTextOrBlobThanHibernatesIsNoDifference(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table attachment (id bigint not null, body longblob, note longtext,"
						+ " primary key (id))");
			}
			List<String> differences = Autogenerate
				.compare(connection, List.of(Attachment.class), AutogenerateOptions.defaults())
				.differences()
				.stream()
				.map(Difference::describe)
				.toList();
			assertThat(differences).isEmpty();
		}
	}

	@DatabaseTest(DatabaseKind.MARIADB)
	void anEmptyDatabaseGetsTheSizesHibernateChooses(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			String upgrade = Autogenerate.compare(connection, List.of(Attachment.class), AutogenerateOptions.defaults())
				.upgradeOperations()
				.toString();
			assertThat(upgrade).contains("tinyblob").contains("tinytext");
		}
	}

}
