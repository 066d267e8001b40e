package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000044", revises = "c0cc00000043", message = "Concurrent 44")
public class V0044_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_44 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000044')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000044'");
		op.dropTable("conc_44");
	}

}
