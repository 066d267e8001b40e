package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000009", revises = "c0cc00000008", message = "Concurrent 09")
public class V0009_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_09 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000009')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000009'");
		op.dropTable("conc_09");
	}

}
