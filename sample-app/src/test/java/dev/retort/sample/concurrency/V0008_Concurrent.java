package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000008", revises = "c0cc00000007", message = "Concurrent 08")
public class V0008_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_08 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000008')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000008'");
		op.dropTable("conc_08");
	}

}
