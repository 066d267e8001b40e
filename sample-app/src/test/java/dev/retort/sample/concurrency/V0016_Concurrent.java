package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000016", revises = "c0cc00000015", message = "Concurrent 16")
public class V0016_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_16 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000016')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000016'");
		op.dropTable("conc_16");
	}

}
