package dev.retort.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

import dev.retort.runtime.Retort;
import dev.retort.script.RevisionGraph;
import dev.retort.script.discovery.RevisionLoader;

/**
 * The tools compared, each doing what an application's start-up does: find its N revisions (or
 * migrations, or changesets) on the class path, and bring the database up to date.
 */
enum Tool {

	RETORT("Retort") {

		@Override
		void migrate(DataSource dataSource, Workload workload) {
			RevisionGraph graph = RevisionLoader.loadGraph(Tool.class.getClassLoader(), workload.revisionsPackage(),
					List.of(RevisionLoader.DEFAULT_SQL_LOCATION));
			Retort.builder(dataSource, graph).build().upgrade("heads");
		}

	},

	FLYWAY("Flyway") {

		@Override
		void migrate(DataSource dataSource, Workload workload) {
			Flyway.configure(Tool.class.getClassLoader())
				.dataSource(dataSource)
				.locations("classpath:db/flyway/" + workload.database().name().toLowerCase() + "/n" + workload.n())
				.load()
				.migrate();
		}

	},

	LIQUIBASE("Liquibase") {

		@Override
		void migrate(DataSource dataSource, Workload workload) throws Exception {
			// As Spring Boot's SpringLiquibase does: the update command on a connection of the DataSource
			try (Connection connection = dataSource.getConnection()) {
				liquibase.database.Database target = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection));
				Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
						new ClassLoaderResourceAccessor(Tool.class.getClassLoader()), Scope.Attr.ui.name(),
						new LoggerUIService()), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
							.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, target)
							.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/liquibase/n" + workload.n() + ".xml")
							.execute());
			}
		}

	},

	/**
	 * The floor. Applying: the very statements Retort renders, on one connection, with no
	 * bookkeeping. Nothing to do: connect and ask the catalog one question.
	 */
	JDBC("raw JDBC") {

		@Override
		void migrate(DataSource dataSource, Workload workload) throws SQLException {
			try (Connection connection = dataSource.getConnection()) {
				if (isApplied(connection, workload.n())) {
					return;
				}
				try (Statement statement = connection.createStatement()) {
					for (String sql : workload.statements()) {
						statement.execute(sql);
					}
				}
			}
		}

		private boolean isApplied(Connection connection, int n) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(
					"select count(*) from information_schema.tables where lower(table_name) = ?")) {
				statement.setString(1, "t_%04d".formatted(n));
				try (ResultSet result = statement.executeQuery()) {
					return result.next() && result.getInt(1) > 0;
				}
			}
		}

	},

	/**
	 * The floor under every start-up: open a connection and run {@code select 1}. Measured only
	 * with nothing to do, to show what any tool pays before it asks the database anything.
	 */
	CONNECT("connection only") {

		@Override
		void migrate(DataSource dataSource, Workload workload) throws SQLException {
			selectOne(dataSource);
		}

	},

	/**
	 * The floor under a tool that records what it applies: raw JDBC's statements with the least
	 * crash-safe bookkeeping (see {@link LeastBookkeeping}). Measured only applying.
	 */
	BOOKKEEPING("least bookkeeping") {

		@Override
		void migrate(DataSource dataSource, Workload workload) throws Exception {
			leastBookkeeping(dataSource, workload, LeastBookkeeping.BeforeEach.NOTHING);
		}

	},

	/**
	 * The floor under a tool whose revisions are Java classes: {@link #BOOKKEEPING}, and before
	 * each revision's statement, that revision's own code run (see {@link RevisionCode}). The
	 * classes are found before the clock starts. Measured only applying.
	 */
	LEAST_WORK("least work") {

		@Override
		void migrate(DataSource dataSource, Workload workload) throws Exception {
			leastBookkeeping(dataSource, workload, new RevisionCode(workload.migrations()));
		}

	};

	/** The tools measured with nothing to do: all but the floors that only apply. */
	static final Set<Tool> STARTING = EnumSet.complementOf(EnumSet.of(BOOKKEEPING, LEAST_WORK));

	/** The tools measured applying revisions: all but {@link #CONNECT}, which applies nothing. */
	static final Set<Tool> APPLYING = EnumSet.complementOf(EnumSet.of(CONNECT));

	private final String displayName;

	Tool(String displayName) {
		this.displayName = displayName;
	}

	String displayName() {
		return this.displayName;
	}

	/**
	 * Opens a connection and runs {@code select 1}: the connection-only floor, and what loads the
	 * driver's connection code before a cold run's clock (see {@link ColdStart.DriverState}).
	 */
	static void selectOne(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select 1")) {
			result.next();
		}
	}

	private static void leastBookkeeping(DataSource dataSource, Workload workload,
			LeastBookkeeping.BeforeEach beforeEach) throws Exception {
		if (workload.statements().size() != workload.n()) {
			throw new IllegalStateException("The floor takes one statement per revision, not "
					+ workload.statements().size() + " for " + workload.n());
		}
		try (Connection connection = dataSource.getConnection()) {
			LeastBookkeeping.apply(connection, workload.database(), workload.statements(), beforeEach);
		}
	}

	/** Brings the database up to the N revisions' head; nothing to do when it is there already. */
	abstract void migrate(DataSource dataSource, Workload workload) throws Exception;

}
