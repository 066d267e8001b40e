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
 * Arguments: the tool, the database, its URL, N and how far the driver is loaded (a
 * {@link DriverState}).
 */
public final class ColdStart {

	/** How much of the JDBC driver has run before the clock starts. */
	enum DriverState {

		/** Only the driver's class is loaded: the tool's connection is the driver's first. */
		LOADED,

		/**
		 * The driver has opened and closed one connection, to another database, so its
		 * connection code is loaded, as where the pool or a health check connected first.
		 */
		CONNECTED

	}

	private ColdStart() {
	}

	public static void main(String[] args) throws Exception {
		Tool tool = Tool.valueOf(args[0]);
		Database database = Database.valueOf(args[1]);
		String url = args[2];
		int n = Integer.parseInt(args[3]);
		DriverState driver = DriverState.valueOf(args[4]);
		// Logging is set up before the pool loads the driver at an application's start-up; here
		// too, for every tool: java.util.logging (Liquibase) and slf4j (Retort, Flyway)
		JavaUtilLogging.discard();
		LoggerFactory.getILoggerFactory();
		Class.forName(database.driverClass());
		Settings settings = Settings.fromSystemProperties(null);
		if (driver == DriverState.CONNECTED) {
			Tool.selectOne(database.dataSource(settings, database.warmUpUrl(settings)));
		}
		DataSource dataSource = database.dataSource(settings, url);
		long started = System.nanoTime();
		tool.migrate(dataSource, Workload.checkOnly(database, n));
		long nanos = System.nanoTime() - started;
		System.out.println("COLD " + nanos + " " + Sample.currentPeakHeap() + " " + Sample.allocatedBytes());
	}

}
