package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000022", revises = "c0cc00000021", message = "Concurrent 22")
public class V0022_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_22 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000022')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000022'");
		op.dropTable("conc_22");
	}

}
