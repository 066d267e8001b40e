package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000031", revises = "c0cc00000030", message = "Concurrent 31")
public class V0031_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_31 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000031')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000031'");
		op.dropTable("conc_31");
	}

}
