package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000028", revises = "c0cc00000027", message = "Concurrent 28")
public class V0028_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_28 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000028')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000028'");
		op.dropTable("conc_28");
	}

}
