package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000045", revises = "c0cc00000044", message = "Concurrent 45")
public class V0045_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_45 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000045')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000045'");
		op.dropTable("conc_45");
	}

}
