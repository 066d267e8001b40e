package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000021", revises = "c0cc00000020", message = "Concurrent 21")
public class V0021_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_21 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000021')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000021'");
		op.dropTable("conc_21");
	}

}
