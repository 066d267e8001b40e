package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000002", revises = "c0cc00000001", message = "Concurrent 02")
public class V0002_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_02 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000002')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000002'");
		op.dropTable("conc_02");
	}

}
