package dev.retort.sample.concurrency;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

@Revision(id = "c0cc00000037", revises = "c0cc00000036", message = "Concurrent 37")
public class V0037_Concurrent implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.sql("create table conc_37 (id int)");
		op.sql("insert into conc_applied (revision) values ('c0cc00000037')");
	}

	@Override
	public void downgrade(Operations op) {
		op.sql("delete from conc_applied where revision = 'c0cc00000037'");
		op.dropTable("conc_37");
	}

}
