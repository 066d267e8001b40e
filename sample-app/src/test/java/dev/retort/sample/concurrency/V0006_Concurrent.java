package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000006", revises = "c0cc00000005", message = "Concurrent 06")
public class V0006_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_06 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000006')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000006'");
		op.dropTable("conc_06");
	}

}
