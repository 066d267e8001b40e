package dev.retort.autogenerate.schema;

import java.util.List;

import dev.retort.operations.ReferentialAction;

/**
 * A foreign key. Foreign keys are compared by what they do (columns, target, actions), not by
 * name: Hibernate's generated names ({@code FK...} hashes) may differ from a database's.
 *
 * @param name its name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table (in the same schema)
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @param onDelete what deleting the referenced row does; {@link ReferentialAction#NO_ACTION}
 * when nothing is declared ({@code RESTRICT} is read as {@code NO_ACTION}, they differ only in timing)
 * @param onUpdate what updating the referenced key does, likewise
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
		ReferentialAction onDelete, ReferentialAction onUpdate) {

	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
		onDelete = normalised(onDelete);
		onUpdate = normalised(onUpdate);
	}

	private static ReferentialAction normalised(ReferentialAction action) {
		return (action == null || action == ReferentialAction.RESTRICT) ? ReferentialAction.NO_ACTION : action;
	}

	/** What the key does, without its name: two keys with the same signature are the same key. */
	public List<Object> signature() {
		return List.of(this.columns, this.referencedTable, this.referencedColumns, this.onDelete, this.onUpdate);
	}

}
