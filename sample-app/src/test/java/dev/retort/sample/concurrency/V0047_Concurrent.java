package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000047", revises = "c0cc00000046", message = "Concurrent 47")
public class V0047_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_47 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000047')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000047'");
		op.dropTable("conc_47");
	}

}
