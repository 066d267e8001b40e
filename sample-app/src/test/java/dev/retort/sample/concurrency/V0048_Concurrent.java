package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000048", revises = "c0cc00000047", message = "Concurrent 48")
public class V0048_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_48 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000048')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000048'");
		op.dropTable("conc_48");
	}

}
