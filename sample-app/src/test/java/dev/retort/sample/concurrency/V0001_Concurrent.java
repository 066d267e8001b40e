package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000001", message = "Concurrent 01")
public class V0001_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_applied (revision varchar(12) not null)");
		op.sql("create table conc_01 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000001')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000001'");
		op.dropTable("conc_01");
		op.dropTable("conc_applied");
	}

}
