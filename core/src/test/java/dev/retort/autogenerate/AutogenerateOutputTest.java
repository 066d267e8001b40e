package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.nochange.NcVarchar;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads of a generated revision: the "Detected" lines and the code.
 */
class AutogenerateOutputTest {

	@TempDir
	Path directory;

	/**
	 * The database's spelling of a type ({@code character varying(16)}) and Hibernate's
	 * ({@code varchar(32)}) are written alike, and a column without a comment is stated as such
	 * by leaving the comment out: the revision still runs offline, where MariaDB restates the
	 * column from the facts the code gives.
	 */
	@DatabaseTest
	void aTypeIsSpelledOneWayAndAMissingCommentIsNotWritten(TestDatabase db) throws Exception {
		try (Connection connection = db.connect()) {
			new SchemaApplier(connection).sql("create table nc_varchar (id bigint not null primary key,"
					+ " name varchar(50) not null, code varchar(16))");

			MigrationPlan plan = Autogenerate.compare(connection, List.of(NcVarchar.class),
					AutogenerateOptions.defaults());

			assertThat(plan.differences()).extracting(Difference::describe)
				.containsExactly("alter column nc_varchar.code (type varchar(16) -> varchar(32))");
			CompiledRevision revision = CompiledRevision.of(plan, this.directory, "longer code");
			assertThat(revision.source()).doesNotContain("existingComment");
			applyOffline(connection, revision.upgrade());
			assertThat(Autogenerate.compare(connection, List.of(NcVarchar.class), AutogenerateOptions.defaults())
				.differences()).extracting(Difference::describe).isEmpty();
			applyOffline(connection, revision.downgrade());
			assertThat(Autogenerate.compare(connection, List.of(NcVarchar.class), AutogenerateOptions.defaults())
				.differences()).extracting(Difference::describe)
				.containsExactly("alter column nc_varchar.code (type varchar(16) -> varchar(32))");
		}
	}

	/** Rendered without a connection, as {@code upgrade --sql} writes it, and run. */
	private static void applyOffline(Connection connection, List<Operation> operations) throws Exception {
		SqlRenderer renderer = DatabasePlatforms.renderer(connection.getMetaData());
		for (Operation operation : operations) {
			for (RenderedStep step : renderer.render(operation, RenderContext.offline())) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(((RenderedStep.Sql) step).sql());
				}
			}
		}
	}

}
