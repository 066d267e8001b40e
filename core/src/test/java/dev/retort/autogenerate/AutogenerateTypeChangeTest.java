package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.hibernate.Session;
import org.junit.jupiter.api.io.TempDir;

import dev.retort.Operations;
import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.models.retype.Reading;
import dev.retort.autogenerate.models.retype.Setting;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Columns whose type changes kind over rows that convert: the revision converts the values,
 * Hibernate reads them typed, the next autogenerate finds nothing, and the downgrade restores the
 * schema and the values as they were.
 */
class AutogenerateTypeChangeTest {

	@TempDir
	Path directory;

	/**
	 * Strings become a UUID, a number and a boolean: the revision converts the values (on
	 * PostgreSQL with {@code USING}, on MariaDB the words of a boolean made digits first),
	 * Hibernate reads them typed, and the downgrade makes them strings again.
	 */
	@DatabaseTest
	void columnsThatWereStringsBecomeUuidsNumbersAndBooleans(TestDatabase db) throws Exception {
		assertRetyped(db, List.of(Reading.class), "reading", (op) -> op.createTable("reading",
				column("id", bigint()).primaryKey(), column("token", string(36)), column("amount", string(10)),
				column("flag", string(5))),
				"insert into reading (id, token, amount, flag) values (1, '8f1c0c7e-4a57-4a0e-9d55-3f2b6a0c9e11', '42',"
						+ " 'true')",
				(session) -> {
					Reading reading = session.find(Reading.class, 1L);
					assertThat(reading.getToken()).isEqualTo(UUID.fromString("8f1c0c7e-4a57-4a0e-9d55-3f2b6a0c9e11"));
					assertThat(reading.getAmount()).isEqualTo(42);
					assertThat(reading.getFlag()).isTrue();
				}, 3);
	}

	/**
	 * Text becomes JSON, and each text the JSON it holds (H2, not told the text is JSON, would
	 * make each text one JSON string).
	 */
	@DatabaseTest
	void columnsThatWereTextBecomeJson(TestDatabase db) throws Exception {
		assertRetyped(db, List.of(Setting.class), "setting", (op) -> op.createTable("setting",
				column("id", bigint()).primaryKey(), column("payload", text())),
				"insert into setting (id, payload) values (1, '{\"a\": 1}')", (session) -> {
					// Reading JSON into an entity needs a JSON library, which this module's tests lack
					assertThat(session.createNativeQuery("select cast(payload as varchar(100)) from setting", String.class)
						.getSingleResult()
						.replace(" ", "")).isEqualTo("{\"a\":1}");
					HibernateValidation.validate(db, List.of(Setting.class));
				}, 1);
	}

	private void assertRetyped(TestDatabase db, List<Class<?>> entities, String table,
			Consumer<Operations> earlier, String row, Consumer<Session> read, int changedColumns) throws Exception {
		try (Connection connection = db.connect()) {
			SchemaApplier applier = new SchemaApplier(connection);
			applier.apply(earlier);
			applier.sql(row);
			Schema before = AutogenerateEvolutionTest.normalised(read(db, connection));
			List<String> values = rows(connection, "select * from " + table);

			MigrationPlan plan = Autogenerate.compare(connection, entities, AutogenerateOptions.defaults());
			assertThat(plan.differences()).hasSize(changedColumns).allMatch(Difference.ColumnChanged.class::isInstance);
			CompiledRevision revision = CompiledRevision.of(plan, this.directory.resolve(table), "Typed columns");
			applier.apply(revision.upgrade());

			HibernateSessions.inTransaction(db, entities, read);
			assertThat(Autogenerate.compare(connection, entities, AutogenerateOptions.defaults()).differences())
				.extracting(Difference::describe).as("after the upgrade").isEmpty();
			applier.apply(revision.downgrade());
			assertThat(AutogenerateEvolutionTest.normalised(read(db, connection))).isEqualTo(before);
			assertThat(rows(connection, "select * from " + table)).isEqualTo(values);
		}
	}

	private static List<String> rows(Connection connection, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
					String value = rows.getString(i).replace(" ", "");
					// A boolean turned back into a string is each database's word for it: TRUE, 1, true
					boolean flag = rows.getMetaData().getColumnName(i).equalsIgnoreCase("flag");
					values.add((flag && value.matches("(?i)true|1")) ? "true" : value);
				}
			}
		}
		return values;
	}

	private static Schema read(TestDatabase db, Connection connection) {
		return DatabasePlatforms.of(connection).schemaReader().read(connection, db.schema());
	}

}
