package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000010", revises = "c0cc00000009", message = "Concurrent 10")
public class V0010_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_10 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000010')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000010'");
		op.dropTable("conc_10");
	}

}
