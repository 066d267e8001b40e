package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000018", revises = "c0cc00000017", message = "Concurrent 18")
public class V0018_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_18 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000018')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000018'");
		op.dropTable("conc_18");
	}

}
