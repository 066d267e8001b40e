package dev.retort.sample.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.operations.Columns;
import dev.retort.operations.Constraints;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.types.Types;

/**
 * first commit.
 */
@Revision(id = "6815160da2bb", message = "first commit")
public class V0001_FirstCommit implements Migration {
	@Override
	public void upgrade(Operations op) {
		op.createTable("user",
				Columns.column("id", Types.uuid()).primaryKey(),
				Columns.column("email", Types.string(255)).notNull(),
				Columns.column("full_name", Types.string(255)),
				Columns.column("hashed_password", Types.string(255)).notNull(),
				Columns.column("is_superuser", Types.bool()).notNull(),
				Constraints.unique("ix_user_email", "email"));
		op.createTable("item",
				Columns.column("id", Types.uuid()).primaryKey(),
				Columns.column("description", Types.string(255)),
				Columns.column("title", Types.string(255)).notNull(),
				Columns.column("owner_id", Types.uuid()).notNull(),
				Constraints.foreignKey("fk_item_owner_id", "owner_id").references("user", "id").onDelete(ReferentialAction.CASCADE));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("item");
		op.dropTable("user");
	}
}
