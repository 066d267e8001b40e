package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000013", revises = "c0cc00000012", message = "Concurrent 13")
public class V0013_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_13 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000013')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000013'");
		op.dropTable("conc_13");
	}

}
