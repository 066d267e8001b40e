package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000034", revises = "c0cc00000033", message = "Concurrent 34")
public class V0034_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_34 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000034')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000034'");
		op.dropTable("conc_34");
	}

}
