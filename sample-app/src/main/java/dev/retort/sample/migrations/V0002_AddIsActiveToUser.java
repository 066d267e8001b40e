package dev.retort.sample.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.operations.ServerDefault;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.bool;

/**
 * Add is_active to User.
 */
@Revision(id = "419b366a45aa", revises = "6815160da2bb", message = "Add is_active to User")
public class V0002_AddIsActiveToUser implements Migration {

	@Override
	public void upgrade(Operations op) {
		// Existing users become active, as the entity's field initializer makes new ones; the
		// default is only for those rows, the entity sets the value from then on.
		op.addColumn("user", column("is_active", bool()).notNull().serverDefault(true));
		op.alterColumn("user", "is_active", (column) -> column.serverDefault(ServerDefault.none())
			.existingType(bool())
			.existingNullable(false)
			.existingServerDefault(ServerDefault.bool(true)));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("user", "is_active");
	}

}
