package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.coldef.CdTicket;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Column(columnDefinition = "varchar(40) default 'new'")}: the definition is a type and a
 * default (and maybe {@code not null}), compared as such, so that once its revision is applied,
 * autogenerate finds nothing more.
 */
class AutogenerateColumnDefinitionTest {

	private static final List<Class<?>> TICKET = List.of(CdTicket.class);

	@TempDir
	Path directory;

	@DatabaseTest
	void fromAnEmptyDatabaseTheRevisionIsAFixpoint(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			MigrationPlan plan = Autogenerate.compare(connection, TICKET, AutogenerateOptions.defaults());
			CompiledRevision revision = CompiledRevision.of(plan, this.directory, "tickets");
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(revision.upgrade());

			assertThat(Autogenerate.compare(connection, TICKET, AutogenerateOptions.defaults()).differences())
				.as(revision.source())
				.extracting(Difference::describe)
				.isEmpty();
			HibernateValidation.validate(db, TICKET);
			applier.sql("insert into cd_ticket (id, urgent, priority) values (1, false, 1)");
			assertThat(applier.values("select state from cd_ticket")).containsExactly("new");

			applier.apply(revision.downgrade());
			assertThat(DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema()).tables()).isEmpty();
		}
	}

	@DatabaseTest
	void theSchemaHibernateCreatesHasNoDifference(TestDatabase db) throws Exception {
		HibernateValidation.create(db, TICKET);
		try (Connection connection = db.connect()) {
			assertThat(Autogenerate.compare(connection, TICKET, AutogenerateOptions.defaults()).differences())
				.extracting(Difference::describe)
				.isEmpty();
		}
	}

	/** The defaults missing: the revision adds them (on PostgreSQL, in valid SQL), and then nothing differs. */
	@DatabaseTest
	void missingDefaultsAreAddedAndThenNothingDiffers(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.sql("create table cd_ticket (id bigint not null primary key, state varchar(40),"
					+ " urgent boolean not null, opened_at timestamp null, priority integer not null)");

			MigrationPlan plan = Autogenerate.compare(connection, TICKET, AutogenerateOptions.defaults());

			assertThat(plan.differences()).extracting(Difference::describe).containsExactlyInAnyOrder(
					"alter column cd_ticket.state (default)", "alter column cd_ticket.urgent (default)",
					"alter column cd_ticket.opened_at (default)", "alter column cd_ticket.priority (default)");
			assertThat(plan.destructiveDifferences()).isEmpty();
			CompiledRevision revision = CompiledRevision.of(plan, this.directory, "ticket defaults");
			applier.apply(revision.upgrade());
			assertThat(Autogenerate.compare(connection, TICKET, AutogenerateOptions.defaults()).differences())
				.as(revision.source())
				.extracting(Difference::describe)
				.isEmpty();
			applier.apply(revision.downgrade());
			assertThat(Autogenerate.compare(connection, TICKET, AutogenerateOptions.defaults()).differences())
				.hasSize(4);
		}
	}

}
