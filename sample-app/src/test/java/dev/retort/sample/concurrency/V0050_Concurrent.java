package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000050", revises = "c0cc00000049", message = "Concurrent 50")
public class V0050_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_50 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000050')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000050'");
		op.dropTable("conc_50");
	}

}
