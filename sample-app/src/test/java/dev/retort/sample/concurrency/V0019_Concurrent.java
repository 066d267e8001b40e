package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000019", revises = "c0cc00000018", message = "Concurrent 19")
public class V0019_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_19 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000019')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000019'");
		op.dropTable("conc_19");
	}

}
