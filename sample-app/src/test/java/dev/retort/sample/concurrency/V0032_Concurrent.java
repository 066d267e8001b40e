package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000032", revises = "c0cc00000031", message = "Concurrent 32")
public class V0032_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_32 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000032')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000032'");
		op.dropTable("conc_32");
	}

}
