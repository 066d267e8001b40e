package dev.retort.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A revision too big for one transaction (issue 19, defect 10): on a stock PostgreSQL one
 * transaction creating about 3,200 tables of a key and a text column fills the server's lock
 * table ("out of shared memory"). The failure says so and what to do, and keeps nothing; the
 * same revision declared non-transactional runs. Half a minute or more: run with
 * {@code -Dretort.test.large-schema=true}.
 */
@EnabledIfSystemProperty(named = "retort.test.large-schema", matches = "true")
class LargeRevisionTest {

	private static final int TABLES = 4000;

	@DatabaseTest(DatabaseKind.POSTGRESQL)
	void aRevisionTooBigForOneTransactionSaysSoKeepsNothingAndRunsStatementByStatement(TestDatabase db)
			throws Exception {
		Retort inOne = Retort.builder(db.dataSource(), Fixtures.graph(ManyTables.class)).build();
		assertThatExceptionOfType(StepFailedException.class).isThrownBy(() -> inOne.upgrade("head"))
			.withMessageContaining("out of shared memory")
			.withMessageContaining("Nothing of it was kept: the database is still at base")
			.withMessageContaining("@Revision(transactional = false)")
			.withMessageContaining("max_locks_per_transaction");
		assertThat(inOne.current()).isEmpty();
		assertThat(inOne.unfinished()).isEmpty();
		assertThat(tables(db)).isZero();

		Retort oneByOne = Retort.builder(db.dataSource(), Fixtures.graph(ManyTablesOneByOne.class)).build();
		oneByOne.upgrade("head");
		assertThat(oneByOne.current()).containsExactly("b16b16000002");
		assertThat(tables(db)).isEqualTo(TABLES);
		oneByOne.downgrade("base");
		assertThat(oneByOne.current()).isEmpty();
		assertThat(tables(db)).isZero();
	}

	private static long tables(TestDatabase db) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables"
						+ " where table_schema = current_schema() and table_name like 'big\\_%'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	static void createTables(Operations op) {
		for (int i = 0; i < TABLES; i++) {
			op.createTable("big_" + i, column("id", bigint()).primaryKey(), column("code", string(40)));
		}
	}

	static void dropTables(Operations op) {
		for (int i = TABLES - 1; i >= 0; i--) {
			op.dropTable("big_" + i);
		}
	}

	@Revision(id = "b16b16000001", message = "Adopt four thousand tables")
	public static class ManyTables implements Migration {

		@Override
		public void upgrade(Operations op) {
			createTables(op);
		}

		@Override
		public void downgrade(Operations op) {
			dropTables(op);
		}

	}

	/** The same revision, declared to run statement by statement. */
	@Revision(id = "b16b16000002", message = "Adopt four thousand tables, one by one", transactional = false)
	public static class ManyTablesOneByOne extends ManyTables {

	}

}
