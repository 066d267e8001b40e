package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000004", revises = "c0cc00000003", message = "Concurrent 04")
public class V0004_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_04 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000004')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000004'");
		op.dropTable("conc_04");
	}

}
