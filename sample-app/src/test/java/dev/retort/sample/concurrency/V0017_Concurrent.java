package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000017", revises = "c0cc00000016", message = "Concurrent 17")
public class V0017_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_17 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000017')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000017'");
		op.dropTable("conc_17");
	}

}
