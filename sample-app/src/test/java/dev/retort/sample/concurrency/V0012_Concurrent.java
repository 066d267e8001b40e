package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000012", revises = "c0cc00000011", message = "Concurrent 12")
public class V0012_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_12 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000012')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000012'");
		op.dropTable("conc_12");
	}

}
