package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000042", revises = "c0cc00000041", message = "Concurrent 42")
public class V0042_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_42 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000042')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000042'");
		op.dropTable("conc_42");
	}

}
