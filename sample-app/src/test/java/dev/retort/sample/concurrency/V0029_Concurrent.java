package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000029", revises = "c0cc00000028", message = "Concurrent 29")
public class V0029_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_29 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000029')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000029'");
		op.dropTable("conc_29");
	}

}
