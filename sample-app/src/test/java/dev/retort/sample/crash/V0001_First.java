package dev.retort.sample.crash;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0a500000001", message = "First")
public class V0001_First implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table crash_first (id int)");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("crash_first");
	}

}
