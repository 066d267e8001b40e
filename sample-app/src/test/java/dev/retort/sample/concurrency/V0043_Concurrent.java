package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000043", revises = "c0cc00000042", message = "Concurrent 43")
public class V0043_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_43 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000043')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000043'");
		op.dropTable("conc_43");
	}

}
