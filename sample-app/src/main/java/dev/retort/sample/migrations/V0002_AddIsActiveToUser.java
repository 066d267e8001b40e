package dev.retort.sample.migrations;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.operations.Columns;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.Types;

/**
 * Add is_active to User.
 */
@Revision(id = "419b366a45aa", revises = "6815160da2bb", message = "Add is_active to User")
public class V0002_AddIsActiveToUser implements Migration {
	@Override
	public void upgrade(Operations op) {
		// Existing rows get true, the entity's initial value; the default is dropped again
		op.addColumn("user", Columns.column("is_active", Types.bool()).notNull().serverDefault(true));
		op.alterColumn("user", "is_active", (c) -> c.dropServerDefault()
				.existingType(Types.bool()).existingNullable(false).existingServerDefault(ServerDefault.bool(true)).existingComment(""));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("user", "is_active");
	}
}
