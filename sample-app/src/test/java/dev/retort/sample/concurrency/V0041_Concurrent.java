package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000041", revises = "c0cc00000040", message = "Concurrent 41")
public class V0041_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_41 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000041')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000041'");
		op.dropTable("conc_41");
	}

}
