package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000025", revises = "c0cc00000024", message = "Concurrent 25")
public class V0025_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_25 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000025')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000025'");
		op.dropTable("conc_25");
	}

}
