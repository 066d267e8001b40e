package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000023", revises = "c0cc00000022", message = "Concurrent 23")
public class V0023_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_23 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000023')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000023'");
		op.dropTable("conc_23");
	}

}
