package dev.retort.bench;

import javax.sql.DataSource;

/**
 * The first run of a tool in a fresh JVM, launched by {@link Bench} once per measurement: the
 * clock starts once the JDBC driver is loaded, as at an application's start-up where the pool
 * has loaded it already, and stops when the tool returns. Prints one line for the parent:
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
		JavaUtilLogging.discard();
		Class.forName(database.driverClass());
		DataSource dataSource = database.dataSource(Settings.fromSystemProperties(null), url);
		long started = System.nanoTime();
		tool.migrate(dataSource, Workload.checkOnly(database, n));
		long nanos = System.nanoTime() - started;
		System.out.println("COLD " + nanos + " " + Sample.currentPeakHeap() + " " + Sample.allocatedBytes());
	}

}
