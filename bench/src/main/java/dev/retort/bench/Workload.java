package dev.retort.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.retort.Migration;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlRenderer;
import dev.retort.operations.Operation;
import dev.retort.operations.OperationRecorder;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.script.RevisionGraph;
import dev.retort.script.Step;
import dev.retort.script.discovery.RevisionLoader;

/**
 * N revisions, each creating one small table, on one database.
 *
 * @param database the database
 * @param n how many revisions
 * @param statements their SQL in order, as Retort renders it for the database: what raw JDBC
 * runs, rendered before any clock starts (empty where raw JDBC only checks)
 * @param migrations the revisions' classes in the same order, found before any clock starts
 * (empty where raw JDBC only checks)
 */
record Workload(Database database, int n, List<String> statements, List<Class<? extends Migration>> migrations) {

	static Workload checkOnly(Database database, int n) {
		return new Workload(database, n, List.of(), List.of());
	}

	static Workload of(Database database, int n) {
		RevisionGraph graph = RevisionLoader.loadGraph(Workload.class.getClassLoader(), "dev.retort.bench.revisions.n" + n,
				List.of());
		SqlRenderer renderer = DatabasePlatforms
			.offlineRenderer((database == Database.POSTGRESQL) ? DatabaseFamily.POSTGRESQL : DatabaseFamily.H2);
		List<String> statements = new ArrayList<>();
		List<Class<? extends Migration>> migrations = new ArrayList<>();
		for (Step step : graph.planUpgrade(Set.of(), "heads").steps()) {
			Migration migration = step.revision().newMigration();
			migrations.add(migration.getClass());
			for (Operation operation : OperationRecorder.record(migration::upgrade)) {
				for (RenderedStep rendered : renderer.render(operation, RenderContext.offline())) {
					statements.add(((RenderedStep.Sql) rendered).sql());
				}
			}
		}
		return new Workload(database, n, List.copyOf(statements), List.copyOf(migrations));
	}

	String revisionsPackage() {
		return "dev.retort.bench.revisions.n" + this.n;
	}

}
