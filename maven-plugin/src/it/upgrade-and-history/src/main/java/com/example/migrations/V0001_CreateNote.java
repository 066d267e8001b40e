package com.example.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bigint;
import static dev.retort.operations.types.Types.text;

@Revision(id = "5eed00000001", message = "Create note")
public class V0001_CreateNote implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("note", column("id", bigint()).primaryKey(), column("body", text()));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("note");
	}

}
