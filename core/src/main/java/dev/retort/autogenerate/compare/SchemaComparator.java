package dev.retort.autogenerate.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import dev.retort.autogenerate.model.ExistingRowValues;
import dev.retort.autogenerate.schema.CheckConditions;
import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.DefaultValues;
import dev.retort.autogenerate.schema.ForeignKey;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.NativeTypes;
import dev.retort.autogenerate.schema.PrimaryKey;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.ddl.DatabaseFamily;
import dev.retort.operations.ServerDefault;
import dev.retort.platform.DatabasePlatform;

/**
 * Compares the schema the entities expect (the model) with the one a database holds, and lists
 * the differences, model first.
 * <p>
 * Tables and columns are matched by name, indexes and named checks by name, unique constraints
 * by name when a person named them and by columns otherwise, foreign keys by what they do. A
 * column (or table) gone and one appeared with the same definition is a rename when each is the
 * other's only candidate; with several candidates nothing is guessed.
 */
public final class SchemaComparator {

	private final DatabasePlatform platform;

	private final DatabaseFamily family;

	private final TypeComparison types;

	private final CompareOptions options;

	private final ExistingRowValues existingRows;

	public SchemaComparator(DatabasePlatform platform, CompareOptions options, ExistingRowValues existingRows) {
		this.platform = platform;
		this.family = platform.family();
		this.types = new TypeComparison(platform);
		this.options = options;
		this.existingRows = existingRows;
	}

	/** What must change for the database to hold the model's schema; empty when they agree. */
	public List<Difference> compare(Schema model, Schema database) {
		List<Difference> differences = new ArrayList<>();
		Map<String, Table> added = new LinkedHashMap<>(model.tablesByName());
		Map<String, Table> removed = new LinkedHashMap<>(database.tablesByName());
		Map<String, Table> common = new LinkedHashMap<>();
		model.tablesByName().keySet().stream().filter(removed::containsKey).forEach((name) -> {
			common.put(name, removed.remove(name));
			added.remove(name);
		});
		Renames<Table> tableRenames = renames(added.values(), removed.values(), this::sameTableDefinition,
				(to, from) -> new RenameQuestion.Rename(null, from.name(), to.name()));
		tableRenames.pairs.forEach((to, from) -> {
			differences.add(new Difference.TableRenamed(from, to, tableRenames.reasons.get(to)));
			common.put(to.name(), from.withName(to.name()));
			added.remove(to.name());
			removed.remove(from.name());
		});
		added.values().forEach((table) -> differences.add(new Difference.TableAdded(table,
				tableRenames.notes.get(table))));
		removed.values().forEach((table) -> differences.add(new Difference.TableRemoved(table)));
		common.forEach((name, databaseTable) -> compareTable(model.table(name).orElseThrow(), databaseTable,
				differences));
		compareSequences(model, database, differences);
		return differences;
	}

	private void compareTable(Table model, Table database, List<Difference> differences) {
		String table = model.name();
		Map<String, Column> added = new LinkedHashMap<>();
		model.columns().forEach((column) -> added.put(column.name(), column));
		Map<String, Column> removed = new LinkedHashMap<>();
		database.columns().forEach((column) -> removed.put(column.name(), column));
		List<String> common = model.columnNames().stream().filter(removed::containsKey).toList();
		common.forEach((name) -> {
			added.remove(name);
			removed.remove(name);
		});
		Table renamedDatabase = database;
		Map<String, String> renamedColumns = new LinkedHashMap<>();
		Renames<Column> columnRenames = renames(added.values(), removed.values(), this::sameColumnDefinition,
				(to, from) -> new RenameQuestion.Rename(table, from.name(), to.name()));
		for (Map.Entry<Column, Column> rename : columnRenames.pairs.entrySet()) {
			Column to = rename.getKey();
			Column from = rename.getValue();
			differences.add(new Difference.ColumnRenamed(table, from, to, columnRenames.reasons.get(to)));
			renamedDatabase = TableRenaming.renameColumn(renamedDatabase, from.name(), to.name());
			renamedColumns.put(from.name(), to.name());
			added.remove(to.name());
			removed.remove(from.name());
		}
		for (Column column : added.values()) {
			ServerDefault existing = (!column.nullable() && column.serverDefault() == null && !column.identity())
					? this.existingRows.valueFor(table, column.name()).orElse(null) : null;
			differences.add(new Difference.ColumnAdded(table, column, existing, columnRenames.notes.get(column)));
		}
		for (String name : common) {
			Column from = database.column(name).orElseThrow();
			Column to = model.column(name).orElseThrow();
			if (!sameColumn(from, to)) {
				boolean narrowing = !this.types.same(from.type(), to.type()) && this.types.narrows(from.type(), to.type());
				ServerDefault existing = (from.nullable() && !to.nullable())
						? this.existingRows.valueFor(table, name).orElse(null) : null;
				// A type this database cannot tell from the model's is kept: the revision changes only what differs
				Column target = this.types.same(from.type(), to.type()) ? to.withType(from.type()) : to;
				differences.add(new Difference.ColumnChanged(table, spelledAlike(from), spelledAlike(target), narrowing,
						existing));
			}
		}
		comparePrimaryKey(table, model.primaryKey(), renamedDatabase.primaryKey(), differences);
		int indexDifferences = differences.size();
		List<Index> unmatchedUniqueIndexes = compareUniques(table, model, renamedDatabase, differences);
		compareIndexes(table, model, renamedDatabase, unmatchedUniqueIndexes, differences);
		markForeignKeysServed(model, renamedDatabase, differences.subList(indexDifferences, differences.size()));
		compareForeignKeys(table, model, renamedDatabase, differences);
		compareChecks(table, model, renamedDatabase, renamedColumns, differences);
		if (!Objects.equals(model.comment(), database.comment())) {
			differences.add(new Difference.TableCommentChanged(table, database.comment(), model.comment()));
		}
		removed.values().forEach((column) -> differences.add(new Difference.ColumnRemoved(table, column)));
	}

	/**
	 * The column with its type in the one spelling the messages use, whether the database
	 * printed it ({@code character varying(16)}) or Hibernate's dialect ({@code varchar(32)}).
	 */
	private Column spelledAlike(Column column) {
		return (column.nativeType() != null) ? column.withNativeType(NativeTypes.normalise(this.family, column.nativeType()))
				: column;
	}

	private boolean sameColumn(Column from, Column to) {
		return sameColumnDefinition(from, to) && Objects.equals(from.comment(), to.comment())
				&& from.identity() == to.identity();
	}

	/** Type, nullability and default: what makes a gone and an appeared column one renamed column. */
	private boolean sameColumnDefinition(Column left, Column right) {
		return this.types.same(left.type(), right.type()) && left.nullable() == right.nullable()
				&& DefaultValues.same(left.serverDefault(), right.serverDefault());
	}

	private boolean sameTableDefinition(Table left, Table right) {
		if (left.columns().size() != right.columns().size()) {
			return false;
		}
		for (Column column : left.columns()) {
			Column other = right.column(column.name()).orElse(null);
			if (other == null || !sameColumnDefinition(column, other)) {
				return false;
			}
		}
		return true;
	}

	private void comparePrimaryKey(String table, PrimaryKey model, PrimaryKey database, List<Difference> differences) {
		List<String> modelColumns = (model != null) ? model.columns() : List.of();
		List<String> databaseColumns = (database != null) ? database.columns() : List.of();
		if (!modelColumns.equals(databaseColumns)) {
			differences.add(new Difference.PrimaryKeyChanged(table, database, model));
		}
	}

	/** Compares unique constraints; returns the database's unique indexes that serve none. */
	private List<Index> compareUniques(String table, Table model, Table database, List<Difference> differences) {
		List<UniqueConstraint> databaseUniques = new ArrayList<>(database.uniqueConstraints());
		// A unique index serves as a unique constraint (PostgreSQL and H2 keep the two apart)
		List<Index> uniqueIndexes = new ArrayList<>(database.indexes().stream().filter(Index::unique).toList());
		for (UniqueConstraint unique : model.uniqueConstraints()) {
			UniqueConstraint match = databaseUniques.stream().filter((candidate) -> sameUnique(unique, candidate.name(),
					candidate.columns())).findFirst().orElse(null);
			if (match != null) {
				databaseUniques.remove(match);
				continue;
			}
			Index index = uniqueIndexes.stream().filter((candidate) -> sameUnique(unique, candidate.name(),
					candidate.columnNames())).findFirst().orElse(null);
			if (index != null) {
				uniqueIndexes.remove(index);
				continue;
			}
			differences.add(new Difference.UniqueAdded(table, unique));
		}
		databaseUniques.forEach((unique) -> differences.add(new Difference.UniqueRemoved(table, unique)));
		return uniqueIndexes;
	}

	private static boolean sameUnique(UniqueConstraint model, String name, List<String> columns) {
		return model.columns().equals(columns) && (!model.nameExplicit() || model.name().equalsIgnoreCase(name));
	}

	private void compareIndexes(String table, Table model, Table database, List<Index> unmatchedUniqueIndexes,
			List<Difference> differences) {
		List<Index> databaseIndexes = new ArrayList<>(database.indexes().stream().filter((index) -> !index.unique()).toList());
		databaseIndexes.addAll(unmatchedUniqueIndexes);
		for (Index index : model.indexes()) {
			Index match = databaseIndexes.stream().filter((candidate) -> candidate.name().equalsIgnoreCase(index.name()))
				.findFirst().orElse(null);
			if (match != null) {
				databaseIndexes.remove(match);
				if (match.columns().equals(index.columns()) && match.unique() == index.unique()) {
					continue;
				}
				differences.add(new Difference.IndexRemoved(table, match));
			}
			differences.add(new Difference.IndexAdded(table, index));
		}
		databaseIndexes.forEach((index) -> differences.add(new Difference.IndexRemoved(table, index)));
	}

	/**
	 * Notes on each index and unique constraint removed the foreign keys it alone serves: keys
	 * that stay, led by their columns, where no other index, unique constraint or primary key of
	 * the table that stays is.
	 */
	private static void markForeignKeysServed(Table model, Table database, List<Difference> indexDifferences) {
		List<Object> removed = new ArrayList<>();
		for (Difference difference : indexDifferences) {
			if (difference instanceof Difference.IndexRemoved index) {
				removed.add(index.index());
			}
			else if (difference instanceof Difference.UniqueRemoved unique) {
				removed.add(unique.unique());
			}
		}
		List<List<String>> staying = new ArrayList<>();
		database.indexes().stream().filter((index) -> !removed.contains(index)).forEach((index) -> staying.add(index.columnNames()));
		database.uniqueConstraints().stream().filter((unique) -> !removed.contains(unique))
			.forEach((unique) -> staying.add(unique.columns()));
		// A primary key that changes is dropped first
		if (database.primaryKey() != null && model.primaryKey() != null
				&& database.primaryKey().columns().equals(model.primaryKey().columns())) {
			staying.add(database.primaryKey().columns());
		}
		List<ForeignKey> kept = database.foreignKeys().stream().filter((key) -> model.foreignKeys().stream()
			.anyMatch((other) -> other.signature().equals(key.signature()))).toList();
		for (int i = 0; i < indexDifferences.size(); i++) {
			Difference difference = indexDifferences.get(i);
			List<String> columns = (difference instanceof Difference.IndexRemoved index) ? index.index().columnNames()
					: (difference instanceof Difference.UniqueRemoved unique) ? unique.unique().columns() : null;
			if (columns == null) {
				continue;
			}
			List<ForeignKey> served = kept.stream()
				.filter((key) -> ledBy(columns, key.columns()))
				.filter((key) -> staying.stream().noneMatch((other) -> ledBy(other, key.columns())))
				.toList();
			indexDifferences.set(i, (difference instanceof Difference.IndexRemoved index)
					? new Difference.IndexRemoved(index.table(), index.index(), served)
					: new Difference.UniqueRemoved(((Difference.UniqueRemoved) difference).table(),
							((Difference.UniqueRemoved) difference).unique(), served));
		}
	}

	/** Whether an index on these columns is led by the key's columns, in their order. */
	static boolean ledBy(List<String> indexColumns, List<String> keyColumns) {
		return indexColumns.size() >= keyColumns.size() && indexColumns.subList(0, keyColumns.size()).equals(keyColumns);
	}

	private void compareForeignKeys(String table, Table model, Table database, List<Difference> differences) {
		List<ForeignKey> databaseKeys = new ArrayList<>(database.foreignKeys());
		for (ForeignKey foreignKey : model.foreignKeys()) {
			ForeignKey match = databaseKeys.stream()
				.filter((candidate) -> candidate.signature().equals(foreignKey.signature()))
				.findFirst()
				.orElse(null);
			if (match != null) {
				databaseKeys.remove(match);
			}
			else {
				differences.add(new Difference.ForeignKeyAdded(table, foreignKey));
			}
		}
		databaseKeys.forEach((foreignKey) -> differences.add(new Difference.ForeignKeyRemoved(table, foreignKey)));
	}

	/**
	 * Named checks by name (a changed condition under the same name is not seen, as in Alembic).
	 * The checks Hibernate writes unnamed on an enum column, an ordinal enum's range and a named
	 * enum's list (see {@link CheckConditions}), by column and condition, whatever the database
	 * named them: an enum that gained a constant has a check that no longer matches, replaced.
	 * A SINGLE_TABLE subclass's check of its required columns, by subclass and columns: a
	 * subclass that requires other columns has a check that no longer matches, replaced.
	 * Other unnamed checks are created with their table only; a check in the database whose
	 * name the database generated is left alone, unless it is such an enum check that the
	 * entities no longer have.
	 */
	private void compareChecks(String table, Table model, Table database, Map<String, String> renamedColumns,
			List<Difference> differences) {
		List<CheckConstraint> unmatched = new ArrayList<>(database.checks());
		for (CheckConstraint check : model.checks()) {
			if (check.name() == null) {
				continue;
			}
			CheckConstraint match = unmatched.stream().filter((c) -> c.name().equalsIgnoreCase(check.name()))
				.findFirst().orElse(null);
			if (match != null) {
				unmatched.remove(match);
			}
			else {
				differences.add(new Difference.CheckAdded(table, check));
			}
		}
		for (CheckConstraint check : model.checks()) {
			if (check.name() != null) {
				continue;
			}
			Predicate<CheckConstraint> same = sameMeaning(check, renamedColumns);
			if (same == null) {
				continue;
			}
			CheckConstraint match = unmatched.stream().filter(same).findFirst().orElse(null);
			if (match != null) {
				unmatched.remove(match);
			}
			else {
				differences.add(new Difference.CheckAdded(table, check));
			}
		}
		for (CheckConstraint check : unmatched) {
			CheckConditions.ColumnCheck enumCheck = CheckConditions.columnCheck(check.condition()).orElse(null);
			CheckConditions.SubclassCheck subclassCheck = CheckConditions.subclassCheck(check.condition()).orElse(null);
			// Restored by the downgrade as every database reads it, where the names allow
			String portable = (enumCheck != null)
					? enumCheck.withColumn(renamedColumns.getOrDefault(enumCheck.column(), enumCheck.column())).sql()
					: (subclassCheck != null) ? subclassCheck.renamed(renamedColumns).sql() : null;
			if (enumCheck != null || subclassCheck != null) {
				differences.add(new Difference.CheckRemoved(table,
						(portable != null) ? new CheckConstraint(check.name(), portable) : check));
			}
			else if (!this.platform.isGeneratedCheckName(database, check.name())) {
				differences.add(new Difference.CheckRemoved(table, check));
			}
		}
	}

	/**
	 * What finds the database's check that means the same as an unnamed check of the entities,
	 * one Hibernate writes itself: an enum column's, or a SINGLE_TABLE subclass's required
	 * columns; {@code null} for any other check, which is created with its table only.
	 */
	private static Predicate<CheckConstraint> sameMeaning(CheckConstraint check, Map<String, String> renamedColumns) {
		CheckConditions.ColumnCheck enumCheck = CheckConditions.columnCheck(check.condition()).orElse(null);
		if (enumCheck != null) {
			return (candidate) -> CheckConditions.columnCheck(candidate.condition())
				.map((found) -> found.withColumn(renamedColumns.getOrDefault(found.column(), found.column())))
				.filter(enumCheck::sameAs)
				.isPresent();
		}
		CheckConditions.SubclassCheck subclassCheck = CheckConditions.subclassCheck(check.condition()).orElse(null);
		if (subclassCheck != null) {
			return (candidate) -> CheckConditions.subclassCheck(candidate.condition())
				.map((found) -> found.renamed(renamedColumns))
				.filter(subclassCheck::sameAs)
				.isPresent();
		}
		return null;
	}

	private void compareSequences(Schema model, Schema database, List<Difference> differences) {
		for (Sequence sequence : model.sequences()) {
			Sequence existing = database.sequence(sequence.name()).orElse(null);
			if (existing == null) {
				differences.add(new Difference.SequenceAdded(sequence));
			}
			else if (existing.start() != sequence.start() || existing.increment() != sequence.increment()) {
				differences.add(new Difference.SequenceChanged(existing, sequence));
			}
		}
		database.sequences().stream().filter((sequence) -> model.sequence(sequence.name()).isEmpty())
			.forEach((sequence) -> differences.add(new Difference.SequenceRemoved(sequence)));
	}

	/**
	 * Pairs of an appeared and a gone item that are each other's only candidate, where the
	 * question confirms them; the others get a note naming their candidates.
	 */
	private <T> Renames<T> renames(Iterable<T> appeared, Iterable<T> gone, BiPredicate<T, T> sameDefinition,
			BiFunction<T, T, RenameQuestion.Rename> question) {
		Renames<T> renames = new Renames<>();
		if (!this.options.detectRenames()) {
			return renames;
		}
		for (T to : appeared) {
			List<T> candidates = new ArrayList<>();
			gone.forEach((from) -> {
				if (sameDefinition.test(to, from)) {
					candidates.add(from);
				}
			});
			if (candidates.size() == 1) {
				T from = candidates.get(0);
				List<T> rivals = new ArrayList<>();
				appeared.forEach((other) -> {
					if (sameDefinition.test(other, from)) {
						rivals.add(other);
					}
				});
				if (rivals.size() == 1) {
					RenameQuestion.Rename rename = question.apply(to, from);
					if (this.options.renameQuestion().confirm(rename)) {
						renames.pairs.put(to, from);
						renames.reasons.put(to, rename.namesAgree() ? "the names agree"
								: (this.options.renameQuestion() == RenameQuestion.ACCEPT_ALL) ? "renames accepted"
										: "confirmed");
					}
					else if (this.options.renameQuestion() == RenameQuestion.WHEN_NAMES_AGREE) {
						renames.notes.put(to, "possible rename of " + nameOf(from) + " (same definition), not taken:"
								+ " a rename moves the data and needs confirmation (a terminal, or --accept-renames)");
					}
					continue;
				}
			}
			if (!candidates.isEmpty()) {
				renames.notes.put(to, "not inferred as a rename: several candidates have the same definition ("
						+ String.join(", ", candidates.stream().map(SchemaComparator::nameOf).toList()) + ")");
			}
		}
		return renames;
	}

	private static String nameOf(Object item) {
		return (item instanceof Column column) ? column.name() : ((Table) item).name();
	}

	/** Renames found, and notes on near misses. */
	private static final class Renames<T> {

		final Map<T, T> pairs = new LinkedHashMap<>();

		final Map<T, String> notes = new java.util.HashMap<>();

		/** Why each rename taken was taken: the names agree, renames accepted, or confirmed. */
		final Map<T, String> reasons = new java.util.HashMap<>();

	}

}
