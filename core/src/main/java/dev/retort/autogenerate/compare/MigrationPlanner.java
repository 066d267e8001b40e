package dev.retort.autogenerate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.retort.autogenerate.schema.CheckConditions;
import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.ddl.Identifiers;
import dev.retort.operations.ColumnDef;
import dev.retort.operations.Constraint;
import dev.retort.operations.ConstraintKind;
import dev.retort.operations.ObjectName;
import dev.retort.operations.Operation;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.TableElement;
import dev.retort.operations.types.ColumnType;

/**
 * Turns differences into the operations of a revision. Each difference becomes a change with
 * its upgrade operations and their inverse; changes run in phases that keep the order valid
 * (renames first, constraints dropped before their columns and tables, tables created before the
 * foreign keys that reference them), and the downgrade undoes the changes in reverse order.
 */
public final class MigrationPlanner {

	/**
	 * When a change runs in the upgrade; the downgrade runs them backwards. Tables are dropped
	 * before others are created: a table dropped and one created in its place (a rename not
	 * inferred) may carry constraints of the same name, which H2 and MariaDB keep per schema.
	 */
	private enum Phase {

		RENAME, DROP_FOREIGN_KEY, DROP_CONSTRAINT, DROP_TABLE, CREATE_SEQUENCE, CREATE_TABLE, ADD_COLUMN,
		ALTER_COLUMN, ADD_PRIMARY_KEY, ADD_CONSTRAINT, DROP_REPLACED_INDEX, ADD_FOREIGN_KEY, COMMENT, DROP_COLUMN,
		DROP_SEQUENCE

	}

	private record Change(Phase phase, List<PlannedOperation> upgrade, List<PlannedOperation> downgrade) {
	}

	/** The revision for the given differences. */
	public MigrationPlan plan(List<Difference> differences) {
		List<Change> changes = new ArrayList<>();
		List<Table> addedTables = new ArrayList<>();
		List<Table> removedTables = new ArrayList<>();
		Map<Table, String> notes = new LinkedHashMap<>();
		for (Difference difference : differences) {
			if (difference instanceof Difference.IndexRemoved removed && !removed.foreignKeys().isEmpty()) {
				changes.addAll(dropServingForeignKeys(removed.table(), removed.index().name(), removed.foreignKeys(),
						PlannedOperation.of(new Operation.DropIndex(removed.index().name(), table(removed.table()), false)),
						createIndex(removed.table(), removed.index()), differences));
			}
			else if (difference instanceof Difference.UniqueRemoved removed && !removed.foreignKeys().isEmpty()) {
				changes.addAll(dropServingForeignKeys(removed.table(), removed.unique().name(), removed.foreignKeys(),
						dropConstraint(removed.table(), removed.unique().name(), ConstraintKind.UNIQUE),
						addConstraint(removed.table(), unique(removed.unique())), differences));
			}
			else if (difference instanceof Difference.TableAdded added) {
				addedTables.add(added.table());
				notes.put(added.table(), renameNote(added.note(), "op.renameTable(...)"));
			}
			else if (difference instanceof Difference.TableRemoved removed) {
				removedTables.add(removed.table());
			}
			else {
				changes.add(change(difference));
			}
		}
		changes.addAll(createTables(addedTables, notes));
		changes.addAll(dropTables(removedTables));
		List<Change> ordered = changes.stream().sorted(Comparator.comparing(Change::phase)).toList();
		List<PlannedOperation> upgrade = new ArrayList<>();
		ordered.forEach((change) -> upgrade.addAll(change.upgrade()));
		List<PlannedOperation> downgrade = new ArrayList<>();
		for (int i = ordered.size() - 1; i >= 0; i--) {
			downgrade.addAll(ordered.get(i).downgrade());
		}
		return new MigrationPlan(differences, upgrade, downgrade);
	}

	/** Why a rename was taken, as its comment ends. */
	private static String taken(String reason) {
		return (reason != null) ? "; taken as a rename: " + reason : "";
	}

	/** A note on a possible rename not taken, as the comment of the add. */
	private static String renameNote(String note, String call) {
		return (note != null) ? note + "; if it is a rename, write " + call + " instead of the add and the drop" : null;
	}

	private Change change(Difference difference) {
		if (difference instanceof Difference.TableRenamed renamed) {
			return new Change(Phase.RENAME,
					List.of(PlannedOperation.commented(new Operation.RenameTable(table(renamed.from().name()),
							renamed.to().name()), "Inferred: table " + renamed.from().name() + " has the columns of "
									+ renamed.to().name() + taken(renamed.reason()))),
					List.of(PlannedOperation.of(new Operation.RenameTable(table(renamed.to().name()),
							renamed.from().name()))));
		}
		if (difference instanceof Difference.ColumnRenamed renamed) {
			return new Change(Phase.RENAME,
					List.of(PlannedOperation.commented(
							Operation.AlterColumn.of(table(renamed.table()), renamed.from().name()).rename(renamed.to().name()),
							"Inferred: " + renamed.from().name() + " and " + renamed.to().name()
									+ " have the same definition" + taken(renamed.reason()))),
					List.of(PlannedOperation.of(Operation.AlterColumn.of(table(renamed.table()), renamed.to().name())
						.rename(renamed.from().name()))));
		}
		if (difference instanceof Difference.ColumnAdded added) {
			return addColumn(added);
		}
		if (difference instanceof Difference.ColumnRemoved removed) {
			Column column = removed.column();
			boolean needsValue = !column.nullable() && column.serverDefault() == null && !column.identity();
			return new Change(Phase.DROP_COLUMN,
					List.of(PlannedOperation.destructive(new Operation.DropColumn(table(removed.table()),
							column.name()), null)),
					List.of(commented(new Operation.AddColumn(table(removed.table()), columnDef(column)), null,
							needsValue ? "TODO the dropped values are gone: on a table with rows this fails until"
									+ " you add .serverDefault(...) for them" : null)));
		}
		if (difference instanceof Difference.ColumnChanged changed) {
			return alterColumn(changed);
		}
		if (difference instanceof Difference.PrimaryKeyChanged changed) {
			return primaryKey(changed);
		}
		if (difference instanceof Difference.UniqueAdded added) {
			return new Change(Phase.ADD_CONSTRAINT, List.of(addConstraint(added.table(), unique(added.unique()))),
					List.of(dropConstraint(added.table(), added.unique().name(), ConstraintKind.UNIQUE)));
		}
		if (difference instanceof Difference.UniqueRemoved removed) {
			return new Change(Phase.DROP_CONSTRAINT,
					List.of(dropConstraint(removed.table(), removed.unique().name(), ConstraintKind.UNIQUE)),
					List.of(addConstraint(removed.table(), unique(removed.unique()))));
		}
		if (difference instanceof Difference.IndexAdded added) {
			return new Change(Phase.ADD_CONSTRAINT, List.of(createIndex(added.table(), added.index())),
					List.of(PlannedOperation.of(new Operation.DropIndex(added.index().name(), table(added.table()), false))));
		}
		if (difference instanceof Difference.IndexRemoved removed) {
			return new Change(Phase.DROP_CONSTRAINT,
					List.of(PlannedOperation.of(new Operation.DropIndex(removed.index().name(), table(removed.table()),
							false))),
					List.of(createIndex(removed.table(), removed.index())));
		}
		if (difference instanceof Difference.ForeignKeyAdded added) {
			return new Change(Phase.ADD_FOREIGN_KEY,
					List.of(addConstraint(added.table(), foreignKey(added.table(), added.foreignKey()))),
					List.of(dropConstraint(added.table(), foreignKeyName(added.table(), added.foreignKey()),
							ConstraintKind.FOREIGN_KEY)));
		}
		if (difference instanceof Difference.ForeignKeyRemoved removed) {
			return new Change(Phase.DROP_FOREIGN_KEY,
					List.of(dropConstraint(removed.table(), removed.foreignKey().name(), ConstraintKind.FOREIGN_KEY)),
					List.of(addConstraint(removed.table(), foreignKey(removed.table(), removed.foreignKey()))));
		}
		if (difference instanceof Difference.CheckAdded added) {
			CheckConstraint check = named(added.table(), added.check());
			return new Change(Phase.ADD_CONSTRAINT, List.of(addConstraint(added.table(), check(check))),
					List.of(dropConstraint(added.table(), check.name(), ConstraintKind.CHECK)));
		}
		if (difference instanceof Difference.CheckRemoved removed) {
			return new Change(Phase.DROP_CONSTRAINT,
					List.of(dropConstraint(removed.table(), removed.check().name(), ConstraintKind.CHECK)),
					List.of(addConstraint(removed.table(), check(removed.check()))));
		}
		if (difference instanceof Difference.TableCommentChanged changed) {
			return new Change(Phase.COMMENT,
					List.of(PlannedOperation.of(new Operation.SetTableComment(table(changed.table()), changed.to()))),
					List.of(PlannedOperation.of(new Operation.SetTableComment(table(changed.table()), changed.from()))));
		}
		if (difference instanceof Difference.SequenceAdded added) {
			return new Change(Phase.CREATE_SEQUENCE, List.of(PlannedOperation.of(new Operation.CreateSequence(
					table(added.sequence().name()), added.sequence().start(), added.sequence().increment()))),
					List.of(PlannedOperation.of(new Operation.DropSequence(table(added.sequence().name())))));
		}
		if (difference instanceof Difference.SequenceRemoved removed) {
			return new Change(Phase.DROP_SEQUENCE,
					List.of(PlannedOperation.of(new Operation.DropSequence(table(removed.sequence().name())))),
					List.of(PlannedOperation.of(new Operation.CreateSequence(table(removed.sequence().name()),
							removed.sequence().start(), removed.sequence().increment()))));
		}
		Difference.SequenceChanged changed = (Difference.SequenceChanged) difference;
		ObjectName sequence = table(changed.to().name());
		return new Change(Phase.CREATE_SEQUENCE,
				List.of(PlannedOperation.commented(new Operation.DropSequence(sequence),
						"Start or increment changed: the sequence is created again and restarts at its start value"),
						PlannedOperation.of(new Operation.CreateSequence(sequence, changed.to().start(),
								changed.to().increment()))),
				List.of(PlannedOperation.of(new Operation.DropSequence(sequence)),
						PlannedOperation.of(new Operation.CreateSequence(sequence, changed.from().start(),
								changed.from().increment()))));
	}

	/**
	 * An index (or unique constraint) that foreign keys need (MariaDB refuses to drop the index a
	 * key uses): dropped once an index or unique constraint added in its place serves the keys, or
	 * else with the keys dropped before and added again after, when MariaDB finds or makes another
	 * index for them. PostgreSQL and H2 need neither, and the order is right for them too, so that
	 * the revision runs on each.
	 */
	private List<Change> dropServingForeignKeys(String table, String name, List<ForeignKey> foreignKeys,
			PlannedOperation drop, PlannedOperation create, List<Difference> differences) {
		List<List<String>> replacements = new ArrayList<>();
		for (Difference difference : differences) {
			if (difference instanceof Difference.IndexAdded added && added.table().equals(table)
					&& !added.index().name().equalsIgnoreCase(name)) {
				replacements.add(added.index().columnNames());
			}
			else if (difference instanceof Difference.UniqueAdded added && added.table().equals(table)
					&& !added.unique().name().equalsIgnoreCase(name)) {
				replacements.add(added.unique().columns());
			}
		}
		List<ForeignKey> uncovered = foreignKeys.stream()
			.filter((key) -> replacements.stream().noneMatch((columns) -> SchemaComparator.ledBy(columns, key.columns())))
			.toList();
		List<Change> changes = new ArrayList<>();
		if (uncovered.isEmpty()) {
			changes.add(new Change(Phase.DROP_REPLACED_INDEX, List.of(new PlannedOperation(drop.operation(),
					List.of("Dropped once its replacement serves the foreign key " + keyNames(foreignKeys)), false)),
					List.of(create)));
			return changes;
		}
		for (ForeignKey key : uncovered) {
			Constraint.ForeignKey constraint = new Constraint.ForeignKey(key.name(), key.columns(),
					table(key.referencedTable()), key.referencedColumns(), action(key.onDelete()), action(key.onUpdate()));
			changes.add(new Change(Phase.DROP_FOREIGN_KEY,
					List.of(PlannedOperation.commented(new Operation.DropConstraint(table(table), key.name(),
							ConstraintKind.FOREIGN_KEY), "Dropped and added again: MariaDB uses the index " + name
									+ " for this key and refuses to drop it while the key exists")),
					List.of(addConstraint(table, constraint))));
			changes.add(new Change(Phase.ADD_FOREIGN_KEY, List.of(addConstraint(table, constraint)),
					List.of(dropConstraint(table, key.name(), ConstraintKind.FOREIGN_KEY))));
		}
		changes.add(new Change(Phase.DROP_CONSTRAINT, List.of(drop), List.of(create)));
		return changes;
	}

	private static String keyNames(List<ForeignKey> keys) {
		return keys.stream().map((key) -> key.name() + key.columns()).collect(Collectors.joining(", "));
	}

	/**
	 * A NOT NULL column without default is added with the entity's value for the rows already
	 * there as a temporary default, dropped again at once; without such a value the line is
	 * marked for the person to decide.
	 */
	private Change addColumn(Difference.ColumnAdded added) {
		ObjectName table = table(added.table());
		Column column = added.column();
		List<PlannedOperation> upgrade = new ArrayList<>();
		String note = renameNote(added.note(), "op.renameColumn(...)");
		boolean needsValue = !column.nullable() && column.serverDefault() == null && !column.identity();
		if (needsValue && usable(added.existingRows(), column.type())) {
			String value = describe(added.existingRows());
			upgrade.add(commented(new Operation.AddColumn(table, columnDef(column).serverDefault(added.existingRows())),
					note, "Existing rows get " + value + ", the entity's initial value; the default is dropped again"));
			upgrade.add(PlannedOperation.of(Operation.AlterColumn.of(table, column.name())
				.dropServerDefault()
				.existingType(column.type())
				.existingNullable(false)
				.existingServerDefault(added.existingRows())
				.existingComment(column.comment())));
		}
		else if (needsValue) {
			upgrade.add(commented(new Operation.AddColumn(table, columnDef(column)), note,
					"TODO existing rows need a value: this fails on a table with rows; add .serverDefault(...) or"
							+ " fill the column first"));
		}
		else {
			upgrade.add(commented(new Operation.AddColumn(table, columnDef(column)), note, null));
		}
		return new Change(Phase.ADD_COLUMN, upgrade,
				List.of(PlannedOperation.of(new Operation.DropColumn(table, column.name()))));
	}

	private static boolean usable(ServerDefault value, ColumnType type) {
		if (value == null) {
			return false;
		}
		// An enum's constant only fits a column that holds names
		return !(value instanceof ServerDefault.Text) || type instanceof ColumnType.VarChar
				|| type instanceof ColumnType.Text || type instanceof ColumnType.Enumerated;
	}

	private Change alterColumn(Difference.ColumnChanged changed) {
		ObjectName table = table(changed.table());
		Column from = changed.from();
		Column to = changed.to();
		String comment = null;
		List<PlannedOperation> fill = new ArrayList<>();
		if (from.nullable() && !to.nullable()) {
			if (usable(changed.existingRows(), to.type()) && PlainNames.plain(changed.table(), from.name())) {
				fill.add(PlannedOperation.commented(new Operation.ExecuteSql("update " + changed.table() + " set "
						+ from.name() + " = " + literal(changed.existingRows()) + " where " + from.name() + " is null"),
						"Rows holding null get " + describe(changed.existingRows()) + ", the entity's initial value"));
			}
			else {
				comment = (changed.existingRows() != null)
						? "Rows holding null fail this; the entity's initial value is " + describe(changed.existingRows())
						: "TODO rows holding null fail this: fill them first";
			}
		}
		Operation.AlterColumn upgrade = alter(table, from, to);
		Operation.AlterColumn downgrade = alter(table, to, from);
		PlannedOperation planned = changed.narrowing()
				? PlannedOperation.destructive(upgrade, "Narrows the type from " + from.nativeType() + ": values that do"
						+ " not fit fail or are cut")
				: PlannedOperation.commented(upgrade, comment);
		if (changed.narrowing() && comment != null) {
			planned = new PlannedOperation(upgrade, List.of(planned.comments().get(0), comment), true);
		}
		fill.add(planned);
		return new Change(Phase.ALTER_COLUMN, fill, List.of(PlannedOperation.of(downgrade)));
	}

	/** A value as an SQL literal all three databases read alike. */
	private static String literal(ServerDefault value) {
		if (value instanceof ServerDefault.Text text) {
			return "'" + text.value().replace("'", "''") + "'";
		}
		return describe(value);
	}

	/** The change from one definition to the other, stating the current one for MariaDB. */
	private static Operation.AlterColumn alter(ObjectName table, Column from, Column to) {
		Operation.AlterColumn alter = Operation.AlterColumn.of(table, from.name())
			.existingType(from.type())
			.existingNullable(from.nullable())
			.existingServerDefault((from.serverDefault() != null) ? from.serverDefault() : ServerDefault.none())
			// Stated only when there is one: without, MariaDB restates the column without a comment
			.existingComment(from.comment());
		if (!from.type().equals(to.type())) {
			alter = alter.type(to.type());
		}
		if (from.nullable() != to.nullable()) {
			alter = alter.nullable(to.nullable());
		}
		if (!java.util.Objects.equals(from.serverDefault(), to.serverDefault())) {
			alter = alter.serverDefault((to.serverDefault() != null) ? to.serverDefault() : ServerDefault.none());
		}
		if (!java.util.Objects.equals(from.comment(), to.comment())) {
			alter = alter.comment(commentFact(to.comment()));
		}
		if (from.identity() != to.identity()) {
			alter = alter.identity(to.identity());
		}
		// Stated only when it holds, so that MariaDB's offline restatement keeps the AUTO_INCREMENT
		else if (from.identity()) {
			alter = alter.existingIdentity(true);
		}
		return alter;
	}

	private Change primaryKey(Difference.PrimaryKeyChanged changed) {
		List<PlannedOperation> upgrade = new ArrayList<>();
		List<PlannedOperation> downgrade = new ArrayList<>();
		PrimaryKey from = changed.from();
		PrimaryKey to = changed.to();
		if (from != null) {
			upgrade.add(dropConstraint(changed.table(), from.name(), ConstraintKind.PRIMARY_KEY));
		}
		if (to != null) {
			// PostgreSQL and H2 drop a primary key by name only: one the mapping leaves unnamed gets one
			String name = (to.name() != null) ? to.name() : "pk_" + Identifiers.text(changed.table()).toLowerCase(Locale.ROOT);
			upgrade.add(addConstraint(changed.table(), new Constraint.PrimaryKey(name, to.columns())));
			downgrade.add(dropConstraint(changed.table(), name, ConstraintKind.PRIMARY_KEY));
		}
		if (from != null) {
			downgrade.add(addConstraint(changed.table(), new Constraint.PrimaryKey(from.name(), from.columns())));
		}
		return new Change(Phase.ADD_PRIMARY_KEY, upgrade, downgrade);
	}

	/**
	 * New tables in an order where each comes after the tables it references; a foreign key to a
	 * table created later (a cycle) is added once both exist.
	 */
	private List<Change> createTables(List<Table> tables, Map<Table, String> notes) {
		List<Change> changes = new ArrayList<>();
		Set<String> created = new HashSet<>();
		Set<String> adding = tables.stream().map(Table::name).collect(Collectors.toSet());
		for (Table table : dependencyOrder(tables)) {
			List<TableElement> elements = new ArrayList<>();
			List<Change> later = new ArrayList<>();
			table.columns().forEach((column) -> elements.add(columnDef(column)));
			if (table.primaryKey() != null) {
				elements.add(new Constraint.PrimaryKey(table.primaryKey().name(), table.primaryKey().columns()));
			}
			table.uniqueConstraints().forEach((unique) -> elements.add(unique(unique)));
			table.checks().forEach((check) -> elements.add(check(check)));
			for (ForeignKey foreignKey : table.foreignKeys()) {
				boolean referencedLater = adding.contains(foreignKey.referencedTable())
						&& !created.contains(foreignKey.referencedTable())
						&& !foreignKey.referencedTable().equals(table.name());
				if (referencedLater) {
					later.add(change(new Difference.ForeignKeyAdded(table.name(), foreignKey)));
				}
				else {
					elements.add(foreignKey(table.name(), foreignKey));
				}
			}
			created.add(table.name());
			List<PlannedOperation> upgrade = new ArrayList<>();
			upgrade.add(commented(createTable(table.name(), elements), notes.get(table), null));
			// Its indexes go with the table: MariaDB refuses to drop one a foreign key uses on its own
			List<PlannedOperation> downgrade = new ArrayList<>();
			for (Index index : table.indexes()) {
				upgrade.add(createIndex(table.name(), index));
			}
			if (table.comment() != null) {
				upgrade.add(PlannedOperation.of(new Operation.SetTableComment(table(table.name()), table.comment())));
			}
			downgrade.add(PlannedOperation.of(new Operation.DropTable(table(table.name()))));
			changes.add(new Change(Phase.CREATE_TABLE, upgrade, downgrade));
			changes.addAll(later);
		}
		return changes;
	}

	/** Tables dropped after the tables that reference them; their downgrade creates them again. */
	private List<Change> dropTables(List<Table> tables) {
		List<Table> creationOrder = dependencyOrder(tables);
		List<Change> creations = createTables(creationOrder, Map.of());
		List<Change> changes = new ArrayList<>();
		for (int i = creations.size() - 1; i >= 0; i--) {
			Change creation = creations.get(i);
			List<PlannedOperation> drops = creation.downgrade().stream()
				.map((planned) -> (planned.operation() instanceof Operation.DropTable)
						? PlannedOperation.destructive(planned.operation(), null) : planned)
				.toList();
			Phase phase = (creation.phase() == Phase.CREATE_TABLE) ? Phase.DROP_TABLE : Phase.DROP_FOREIGN_KEY;
			changes.add(new Change(phase, drops, creation.upgrade()));
		}
		return changes;
	}

	private static List<Table> dependencyOrder(List<Table> tables) {
		Map<String, Table> remaining = new LinkedHashMap<>();
		tables.forEach((table) -> remaining.put(table.name(), table));
		List<Table> ordered = new ArrayList<>();
		while (!remaining.isEmpty()) {
			Table next = remaining.values().stream()
				.filter((table) -> table.foreignKeys().stream()
					.allMatch((key) -> key.referencedTable().equals(table.name()) || !remaining.containsKey(key.referencedTable())))
				.findFirst()
				// A cycle: take the first; its foreign keys to the others are added later
				.orElse(remaining.values().iterator().next());
			ordered.add(next);
			remaining.remove(next.name());
		}
		return ordered;
	}

	private static Operation.CreateTable createTable(String name, List<TableElement> elements) {
		List<ColumnDef> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		for (TableElement element : elements) {
			if (element instanceof ColumnDef column) {
				columns.add(column);
			}
			else {
				constraints.add((Constraint) element);
			}
		}
		// A single-column key without a name reads best on its column
		Constraint.PrimaryKey key = constraints.stream().filter(Constraint.PrimaryKey.class::isInstance)
			.map(Constraint.PrimaryKey.class::cast).findFirst().orElse(null);
		if (key != null && key.name() == null && key.columns().size() == 1) {
			constraints.remove(key);
			columns = columns.stream().map((column) -> column.name().equals(key.columns().get(0)) ? column.primaryKey()
					: column).toList();
		}
		return new Operation.CreateTable(table(name), columns, constraints);
	}

	private static PlannedOperation createIndex(String table, Index index) {
		if (index.columns().stream().anyMatch(Index.IndexColumn::descending)) {
			// Operations has no sort order for index columns yet: written as SQL all three databases run
			String columns = index.columns().stream()
				.map((column) -> column.name() + (column.descending() ? " desc" : ""))
				.collect(Collectors.joining(", "));
			return PlannedOperation.commented(new Operation.ExecuteSql("create " + (index.unique() ? "unique " : "")
					+ "index " + index.name() + " on " + table + " (" + columns + ")"),
					"Written as SQL: op.createIndex(...) has no descending columns");
		}
		return PlannedOperation.of(new Operation.CreateIndex(index.name(), table(table), index.columnNames(),
				index.unique(), false));
	}

	private static PlannedOperation addConstraint(String table, Constraint constraint) {
		return PlannedOperation.of(new Operation.AddConstraint(table(table), constraint));
	}

	private static PlannedOperation dropConstraint(String table, String name, ConstraintKind kind) {
		return PlannedOperation.of(new Operation.DropConstraint(table(table), name, kind));
	}

	private static Constraint.Unique unique(UniqueConstraint unique) {
		return new Constraint.Unique(unique.name(), unique.columns());
	}

	private static Constraint.Check check(CheckConstraint check) {
		return new Constraint.Check(check.name(), check.condition());
	}

	/**
	 * The check with a name the downgrade can drop it by: one Hibernate leaves unnamed is
	 * {@code ck_<table>_<column>} for an enum's, {@code ck_<table>_<subclass>} for a SINGLE_TABLE
	 * subclass's required columns (after its discriminator value).
	 */
	private static CheckConstraint named(String table, CheckConstraint check) {
		if (check.name() != null) {
			return check;
		}
		String column = CheckConditions.columnCheck(check.condition())
			.map(CheckConditions.ColumnCheck::column)
			.or(() -> CheckConditions.subclassCheck(check.condition()).map((subclass) -> subclassName(subclass.value())))
			.orElse("check");
		String name = ("ck_" + Identifiers.text(table) + "_" + Identifiers.text(column)).toLowerCase(Locale.ROOT);
		// Shortened with a hash of the whole, so that two long names stay two
		return new CheckConstraint((name.length() > 60)
				? name.substring(0, 51) + "_" + String.format("%08x", name.hashCode()) : name, check.condition());
	}

	/**
	 * A subclass's discriminator value in a check's name: as it is when a plain lower-case word,
	 * else its letters and digits and a hash of the value, so that {@code Box} and {@code box},
	 * {@code a-b} and {@code ab} name two checks.
	 */
	private static String subclassName(String value) {
		if (value.matches("[a-z0-9_]+")) {
			return value;
		}
		return value.replaceAll("[^A-Za-z0-9_]", "") + "_" + Integer.toHexString(value.hashCode() & 0xffff);
	}

	private static Constraint.ForeignKey foreignKey(String table, ForeignKey foreignKey) {
		return new Constraint.ForeignKey(foreignKeyName(table, foreignKey), foreignKey.columns(),
				table(foreignKey.referencedTable()), foreignKey.referencedColumns(), action(foreignKey.onDelete()),
				action(foreignKey.onUpdate()));
	}

	/**
	 * The key's name, unless Hibernate generated it ({@code FK} and a hash): then a name a person
	 * would write, {@code fk_<table>_<columns>}. Keys are compared by what they do, so either
	 * name compares equal.
	 */
	static String foreignKeyName(String table, ForeignKey foreignKey) {
		String name = foreignKey.name();
		if (name != null && !name.matches("(FK|fk)[0-9a-z]{20,}")) {
			return name;
		}
		String readable = ("fk_" + Identifiers.text(table) + "_"
				+ String.join("_", foreignKey.columns().stream().map(Identifiers::text).toList())).toLowerCase(Locale.ROOT);
		return (readable.length() > 60) ? readable.substring(0, 60) : readable;
	}

	private static ReferentialAction action(ReferentialAction action) {
		return (action == ReferentialAction.NO_ACTION) ? null : action;
	}

	private static ColumnDef columnDef(Column column) {
		ColumnDef definition = new ColumnDef(column.name(), column.type(), column.nullable(), column.serverDefault(),
				false, false, column.comment());
		return column.identity() ? definition.identity() : definition;
	}

	private static PlannedOperation commented(Operation operation, String first, String second) {
		List<String> comments = new ArrayList<>();
		if (first != null) {
			comments.add(first);
		}
		if (second != null) {
			comments.add(second);
		}
		return new PlannedOperation(operation, comments, false);
	}

	private static String commentFact(String comment) {
		return (comment != null) ? comment : "";
	}

	private static String describe(ServerDefault value) {
		if (value instanceof ServerDefault.Bool bool) {
			return String.valueOf(bool.value());
		}
		if (value instanceof ServerDefault.Numeric numeric) {
			return numeric.value().toPlainString();
		}
		if (value instanceof ServerDefault.Text text) {
			return "'" + text.value() + "'";
		}
		return String.valueOf(value);
	}

	private static ObjectName table(String name) {
		return ObjectName.of(name);
	}

}
