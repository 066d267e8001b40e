package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000046", revises = "c0cc00000045", message = "Concurrent 46")
public class V0046_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_46 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000046')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000046'");
		op.dropTable("conc_46");
	}

}
