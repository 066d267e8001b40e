package dev.retort.sample.crash;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

/**
 * Sleeps between its two tables for as long as {@code crash.sleep-millis} says, so that a test
 * can kill the process half-way.
 */
@Revision(id = "c0a500000002", revises = "c0a500000001", message = "Sleeps half-way")
public class V0002_SleepsHalfWay implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table crash_a (id int)");
		op.withConnection("sleep", (connection) -> {
			try {
				Thread.sleep(Long.getLong("crash.sleep-millis", 0));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		op.sql("create table crash_b (id int)");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("crash_b");
		op.dropTable("crash_a");
	}

}
