package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000027", revises = "c0cc00000026", message = "Concurrent 27")
public class V0027_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_27 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000027')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000027'");
		op.dropTable("conc_27");
	}

}
