package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000024", revises = "c0cc00000023", message = "Concurrent 24")
public class V0024_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_24 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000024')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000024'");
		op.dropTable("conc_24");
	}

}
