package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000026", revises = "c0cc00000025", message = "Concurrent 26")
public class V0026_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_26 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000026')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000026'");
		op.dropTable("conc_26");
	}

}
