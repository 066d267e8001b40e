package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000033", revises = "c0cc00000032", message = "Concurrent 33")
public class V0033_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_33 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000033')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000033'");
		op.dropTable("conc_33");
	}

}
