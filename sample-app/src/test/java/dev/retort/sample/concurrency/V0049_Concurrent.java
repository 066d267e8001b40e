package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000049", revises = "c0cc00000048", message = "Concurrent 49")
public class V0049_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_49 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000049')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000049'");
		op.dropTable("conc_49");
	}

}
