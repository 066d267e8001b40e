package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000020", revises = "c0cc00000019", message = "Concurrent 20")
public class V0020_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_20 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000020')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000020'");
		op.dropTable("conc_20");
	}

}
