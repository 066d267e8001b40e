package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000036", revises = "c0cc00000035", message = "Concurrent 36")
public class V0036_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_36 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000036')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000036'");
		op.dropTable("conc_36");
	}

}
