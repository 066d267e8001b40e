package dev.retort.sample.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.operations.ReferentialAction;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.Constraints.foreignKey;
import static dev.retort.operations.Constraints.unique;
import static dev.retort.operations.types.Types.bool;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.uuid;

/**
 * first commit.
 */
@Revision(id = "6815160da2bb", message = "first commit")
public class V0001_FirstCommit implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("user",
				column("id", uuid()).primaryKey(),
				column("email", string(255)).notNull(),
				column("is_superuser", bool()).notNull(),
				column("full_name", string(255)),
				column("hashed_password", string(255)).notNull(),
				unique("ix_user_email", "email"));
		op.createTable("item",
				column("id", uuid()).primaryKey(),
				column("title", string(255)).notNull(),
				column("description", string(255)),
				column("owner_id", uuid()).notNull(),
				foreignKey("fk_item_owner_id", "owner_id").references("user", "id").onDelete(ReferentialAction.CASCADE));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("item");
		op.dropTable("user");
	}

}
