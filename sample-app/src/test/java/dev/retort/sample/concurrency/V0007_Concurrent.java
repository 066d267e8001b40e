package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000007", revises = "c0cc00000006", message = "Concurrent 07")
public class V0007_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_07 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000007')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000007'");
		op.dropTable("conc_07");
	}

}
