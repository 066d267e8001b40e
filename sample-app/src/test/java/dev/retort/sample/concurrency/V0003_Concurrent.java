package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000003", revises = "c0cc00000002", message = "Concurrent 03")
public class V0003_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_03 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000003')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000003'");
		op.dropTable("conc_03");
	}

}
