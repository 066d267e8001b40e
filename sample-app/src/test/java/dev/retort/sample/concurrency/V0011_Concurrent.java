package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000011", revises = "c0cc00000010", message = "Concurrent 11")
public class V0011_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_11 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000011')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000011'");
		op.dropTable("conc_11");
	}

}
