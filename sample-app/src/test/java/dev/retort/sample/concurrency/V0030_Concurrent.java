package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000030", revises = "c0cc00000029", message = "Concurrent 30")
public class V0030_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_30 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000030')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000030'");
		op.dropTable("conc_30");
	}

}
