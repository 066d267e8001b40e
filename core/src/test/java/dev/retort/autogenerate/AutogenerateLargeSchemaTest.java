package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.model.ExistingRowValues;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Table;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adopting a large database: the first revision of a thousand tables is Java that compiles (a
 * single method passes the JVM's 64 KB limit at a few hundred tables) and applies.
 */
class AutogenerateLargeSchemaTest {

	private static final int TABLES = 1000;

	@TempDir
	Path directory;

	@DatabaseTest(DatabaseKind.H2)
	void aThousandTablesCompileAndApply(TestDatabase db) throws Exception {
		assertCompilesAndApplies(db);
	}

	/** Half a minute or more each: run with {@code -Dretort.test.large-schema=true}. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	@EnabledIfSystemProperty(named = "retort.test.large-schema", matches = "true")
	void aThousandTablesCompileAndApplyOnServers(TestDatabase db) throws Exception {
		assertCompilesAndApplies(db);
	}

	private void assertCompilesAndApplies(TestDatabase db) throws Exception {
		Schema model = schemaOf(TABLES);
		try (Connection connection = db.connect()) {
			MigrationPlan plan = Autogenerate.compare(connection, model, ExistingRowValues.none(),
					AutogenerateOptions.defaults());
			assertThat(plan.differences()).hasSize(TABLES);

			CompiledRevision revision = CompiledRevision.of(plan, this.directory, "adopt a large schema");

			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(revision.upgrade());
			assertThat(Autogenerate.compare(connection, model, ExistingRowValues.none(), AutogenerateOptions.defaults())
				.differences()).extracting(Difference::describe).isEmpty();
			applier.apply(revision.downgrade());
			assertThat(DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema()).tables()).isEmpty();
		}
	}

	/** Tables of a few columns each, with an index, a default and a key to the table before. */
	static Schema schemaOf(int count) {
		List<Table> tables = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = "t" + i;
			List<Column> columns = new ArrayList<>(List.of(
					new Column("id", new ColumnType.BigInt(), "bigint", false, null, false, null),
					new Column("code", new ColumnType.VarChar(40), "varchar(40)", false, null, false, null),
					new Column("amount", new ColumnType.Decimal(12, 2), "numeric(12,2)", true, null, false, null),
					new Column("state", new ColumnType.VarChar(12), "varchar(12)", true, ServerDefault.text("NEW"),
							false, null)));
			List<ForeignKey> foreignKeys = new ArrayList<>();
			if (i > 0) {
				columns.add(new Column("parent_id", new ColumnType.BigInt(), "bigint", true, null, false, null));
				foreignKeys.add(new ForeignKey("fk_" + name + "_parent", List.of("parent_id"), "t" + (i - 1),
						List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
			}
			tables.add(new Table(name, columns, new PrimaryKey(null, List.of("id")), List.of(),
					List.of(new Index("ix_" + name + "_code", List.of(new Index.IndexColumn("code", false)), false)),
					foreignKeys, List.of(), null));
		}
		return new Schema(tables, List.of());
	}

}
