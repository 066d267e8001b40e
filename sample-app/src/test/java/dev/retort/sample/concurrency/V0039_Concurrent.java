package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000039", revises = "c0cc00000038", message = "Concurrent 39")
public class V0039_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_39 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000039')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000039'");
		op.dropTable("conc_39");
	}

}
