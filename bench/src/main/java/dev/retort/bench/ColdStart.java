package dev.retort.bench;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;

/**
 * The first run of a tool in a fresh JVM, launched by {@link Bench} once per measurement: the
 * clock starts once logging is set up and the JDBC driver is loaded, as at an application's
 * start-up where both happened before the pool handed out a connection, and stops when the
 * tool returns. Prints one line for the parent:
 * {@code COLD <nanos> <peak heap bytes> <allocated bytes>}.
 * <p>
 * Arguments: the tool, the database, its URL and N.
 */
public final class ColdStart {

	private ColdStart() {
	}

	public static void main(String[] args) throws Exception {
		Tool tool = Tool.valueOf(args[0]);
		Database database = Database.valueOf(args[1]);
		String url = args[2];
		int n = Integer.parseInt(args[3]);
		// Logging is set up before the pool loads the driver at an application's start-up; here
		// too, for every tool: java.util.logging (Liquibase) and slf4j (Retort, Flyway)
		JavaUtilLogging.discard();
		LoggerFactory.getILoggerFactory();
		Class.forName(database.driverClass());
		DataSource dataSource = database.dataSource(Settings.fromSystemProperties(null), url);
		long started = System.nanoTime();
		tool.migrate(dataSource, Workload.checkOnly(database, n));
		long nanos = System.nanoTime() - started;
		System.out.println("COLD " + nanos + " " + Sample.currentPeakHeap() + " " + Sample.allocatedBytes());
	}

}
