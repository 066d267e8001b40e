package dev.retort.autogenerate.oracle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a random entity model, as the Java source an application would hold: a few entities
 * over the mapping features applications use. The same seed always writes the same model.
 * <p>
 * Features listed in {@code disabled} are never drawn, so that a known gap on one database does
 * not stop the rest of the model from being tested there.
 */
final class ModelGenerator {

	/** The mapping features the generator draws from; each model records those it used. */
	enum Feature {

		STRING, INTEGERS, BOOLEAN, DECIMAL, DOUBLE, DATE_TIME, INSTANT, OFFSET_DATE_TIME, UUID, BYTES, LOB,
		NOT_NULL, UNIQUE_COLUMN, ENUM_ORDINAL, ENUM_STRING, VERSION, COLUMN_DEFAULT, IDENTITY_ID, SEQUENCE_ID,
		EMBEDDED, MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY, ELEMENT_COLLECTION, INDEX_NAMED, INDEX_UNNAMED,
		UNIQUE_CONSTRAINT_NAMED, UNIQUE_CONSTRAINT_UNNAMED, SINGLE_TABLE, JOINED, TABLE_PER_CLASS,
		MIXED_CASE_NAME, QUOTED_NAME, STANDARD_NAMING, COLUMN_DEFINITION_DEFAULT,
		/** Hibernate's {@code globally_quoted_identifiers}: every name quoted. */
		GLOBALLY_QUOTED,
		/** A STRING enum among a SINGLE_TABLE subclass's columns. */
		SUBCLASS_STRING_ENUM,
		/** An enum of a single constant. */
		ENUM_ONE_CONSTANT,
		/** A unique constraint over the same columns as another, or as a unique column. */
		DUPLICATE_UNIQUE,
		/** Changes from one version of the model to the next ({@link ModelGenerator#change()}). */
		CHANGE_ADD_COLUMN, CHANGE_DROP_COLUMN, CHANGE_ENUM_CONSTANT, CHANGE_INDEX, CHANGE_NULLABLE,
		/** Drop a column that may not be null (its downgrade adds it back over rows). */
		CHANGE_DROP_REQUIRED_COLUMN,
		/** Add or drop a column of a SINGLE_TABLE subclass (whose not-null check names its siblings). */
		CHANGE_SUBCLASS_COLUMN,
		/** Add a column that may not be null to a table that holds rows. */
		CHANGE_ADD_REQUIRED_COLUMN,
		/** Drop an enum's column (whose downgrade adds back the enum's check or type). */
		CHANGE_DROP_ENUM_COLUMN,
		/** A String attribute mapped to the database's JSON type ({@code @JdbcTypeCode(SqlTypes.JSON)}). */
		JSON,
		/** A column's type changed: a number widened, a string's length or a decimal's precision changed. */
		CHANGE_RETYPE,
		/** A column renamed (autogenerate writes a drop and an add, or a rename where the names make it near-certain). */
		CHANGE_RENAME_COLUMN,
		/** A new many-to-one relation over a table that holds rows. */
		CHANGE_ADD_RELATION

	}

	/**
	 * A generated model.
	 * @param seed the seed that wrote it
	 * @param javaPackage the package of its classes
	 * @param sources class simple name to Java source
	 * @param entities entity class simple names, referenced entities before those that refer to
	 * them
	 * @param features the features the model uses
	 * @param standardNaming whether the model is mapped with Hibernate's standard physical naming
	 * rather than Spring's snake case
	 * @param explicitNames the constraint and index names the model chose itself
	 * @param change the change from the previous version of the model, or {@code null}
	 */
	record Model(long seed, String javaPackage, Map<String, String> sources, List<String> entities,
			Set<Feature> features, boolean standardNaming, Set<String> explicitNames, String change) {

		String describe() {
			StringBuilder out = new StringBuilder();
			if (this.change != null) {
				out.append("changed: ").append(this.change).append('\n');
			}
			out.append("seed ").append(this.seed).append(", naming ")
				.append(this.standardNaming ? "standard" : "snake case").append(", features ")
				.append(this.features).append('\n');
			this.sources.forEach((name, source) -> out.append("// ").append(name).append(".java\n").append(source));
			return out.toString();
		}

	}

	private static final String[] TABLE_WORDS = { "customer", "invoice", "product", "shipment", "ledger", "account",
			"parcel", "review", "ticket", "vendor", "warehouse", "coupon" };

	private static final String[] FIELD_WORDS = { "title", "code", "amount", "label", "quantity", "note", "rank",
			"weight", "status", "kind", "score", "created", "due", "token", "payload", "flag", "price", "region" };

	private static final String[] CONSTANTS = { "NEW", "OPEN", "PAID", "SHIPPED", "CLOSED", "HELD", "LOST",
			"RETURNED" };

	private final Random random;

	/**
	 * Draws for the features added after seeds were kept as regressions, apart from
	 * {@link #random}: those seeds still write the models and changes they wrote when kept.
	 */
	private final SplittableRandom later;

	private final long seed;

	private final Set<Feature> disabled;

	private final Set<Feature> used = EnumSet.noneOf(Feature.class);

	private final Set<String> explicitNames = new LinkedHashSet<>();

	private final Map<String, String> sources = new LinkedHashMap<>();

	private final List<Entity> entities = new ArrayList<>();

	private final Set<String> tableNames = new LinkedHashSet<>();

	private int names;

	/** Numbers the names of what {@link #later} draws, apart from {@link #names}. */
	private int laterNames;

	private int enums;

	private int versions;

	/** While set, basic fields are drawn nullable: boxed, never {@code nullable = false}. */
	private boolean optionalOnly;

	private final Map<String, List<String>> enumConstants = new LinkedHashMap<>();

	private String javaPackage;

	private boolean standardNaming;

	ModelGenerator(long seed, Set<Feature> disabled) {
		this.seed = seed;
		this.random = new Random(seed);
		this.later = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
		this.disabled = disabled;
	}

	Model generate() {
		this.javaPackage = "oracle.m" + Long.toString(this.seed).replace('-', 'n');
		this.standardNaming = chance(Feature.STANDARD_NAMING, 0.2);
		// Drawn apart from the model, so that adding it left every earlier seed's model as it was
		if (enabled(Feature.GLOBALLY_QUOTED) && new SplittableRandom(this.seed).nextDouble() < 0.1) {
			this.used.add(Feature.GLOBALLY_QUOTED);
		}
		int count = 2 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			int roll = this.random.nextInt(10);
			if (roll == 0 && enabled(Feature.SINGLE_TABLE)) {
				hierarchy(Feature.SINGLE_TABLE, "SINGLE_TABLE");
			}
			else if (roll == 1 && enabled(Feature.JOINED)) {
				hierarchy(Feature.JOINED, "JOINED");
			}
			else if (roll == 2 && enabled(Feature.TABLE_PER_CLASS)) {
				hierarchy(Feature.TABLE_PER_CLASS, "TABLE_PER_CLASS");
			}
			else {
				Entity entity = newEntity(null, null);
				entity.idKind = idKind();
				fill(entity, true);
			}
		}
		relations();
		return render(null);
	}

	/**
	 * The next version of the model, after one random change (add or drop a column, a new enum
	 * constant, a new index, a column that may now be null), as a new package; {@code null} when
	 * the model offers nothing to change that is enabled.
	 */
	Model change() {
		List<Runnable> changes = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		Entity entity = this.entities.get(this.random.nextInt(this.entities.size()));
		boolean subclassColumns = !entity.inSingleTable() || enabled(Feature.CHANGE_SUBCLASS_COLUMN);
		if (enabled(Feature.CHANGE_ADD_COLUMN) && subclassColumns) {
			descriptions.add("add a column to " + entity.className);
			changes.add(() -> {
				this.used.add(Feature.CHANGE_ADD_COLUMN);
				boolean required = enabled(Feature.CHANGE_ADD_REQUIRED_COLUMN);
				this.optionalOnly = !required;
				basicField(entity, !entity.inSingleTable() && required);
				this.optionalOnly = false;
				if (required(entity.fields.get(entity.fields.size() - 1))) {
					this.used.add(Feature.CHANGE_ADD_REQUIRED_COLUMN);
				}
				if (entity.inSingleTable()) {
					this.used.add(Feature.CHANGE_SUBCLASS_COLUMN);
				}
			});
		}
		List<String> droppable = entity.droppable.stream()
			.filter((field) -> enabled(Feature.CHANGE_DROP_REQUIRED_COLUMN) || !required(field))
			.filter((field) -> enabled(Feature.CHANGE_DROP_ENUM_COLUMN) || !enumField(field))
			.toList();
		if (enabled(Feature.CHANGE_DROP_COLUMN) && !droppable.isEmpty() && subclassColumns) {
			String field = droppable.get(this.random.nextInt(droppable.size()));
			descriptions.add("drop from " + entity.className + ": " + field.strip().replace("\n\t", " "));
			changes.add(() -> {
				this.used.add(Feature.CHANGE_DROP_COLUMN);
				if (required(field)) {
					this.used.add(Feature.CHANGE_DROP_REQUIRED_COLUMN);
				}
				if (entity.inSingleTable()) {
					this.used.add(Feature.CHANGE_SUBCLASS_COLUMN);
				}
				if (enumField(field)) {
					this.used.add(Feature.CHANGE_DROP_ENUM_COLUMN);
				}
				entity.fields.remove(field);
				entity.droppable.remove(field);
			});
		}
		if (enabled(Feature.CHANGE_ENUM_CONSTANT) && !this.enumConstants.isEmpty()) {
			List<String> names = new ArrayList<>(this.enumConstants.keySet());
			String name = names.get(this.random.nextInt(names.size()));
			List<String> constants = this.enumConstants.get(name);
			List<String> unused = new ArrayList<>(List.of(CONSTANTS));
			unused.removeAll(constants);
			if (!unused.isEmpty()) {
				String constant = unused.get(this.random.nextInt(unused.size()));
				descriptions.add("new constant " + name + "." + constant);
				changes.add(() -> {
					this.used.add(Feature.CHANGE_ENUM_CONSTANT);
					constants.add(constant);
					this.sources.put(name, enumSource(name, constants));
				});
			}
		}
		if (enabled(Feature.CHANGE_INDEX) && entity.tableName != null && !entity.indexable.isEmpty()) {
			List<String> columns = indexColumns(entity);
			descriptions.add("new index on " + entity.className + columns);
			changes.add(() -> {
				this.used.add(Feature.CHANGE_INDEX);
				entity.indexes.add("@Index(columnList = \"" + String.join(", ", columns) + "\")");
			});
		}
		List<String> required = entity.fields.stream()
			.filter((field) -> field.contains("nullable = false") && !field.contains("optional = false"))
			.toList();
		if (enabled(Feature.CHANGE_NULLABLE) && !required.isEmpty()) {
			String field = required.get(this.random.nextInt(required.size()));
			descriptions.add("may be null: " + entity.className + ": " + field.strip().replace("\n\t", " "));
			changes.add(() -> {
				this.used.add(Feature.CHANGE_NULLABLE);
				entity.fields.set(entity.fields.indexOf(field), field.replace("nullable = false", "nullable = true"));
			});
		}
		int chosen = changes.isEmpty() ? -1 : this.random.nextInt(changes.size());
		List<String> laterDescriptions = new ArrayList<>();
		List<Runnable> laterChanges = laterChanges(entity, subclassColumns, laterDescriptions);
		if (!laterChanges.isEmpty() && (chosen < 0 || this.later.nextDouble() < 0.4)) {
			changes = laterChanges;
			descriptions = laterDescriptions;
			chosen = this.later.nextInt(laterChanges.size());
		}
		if (chosen < 0) {
			return null;
		}
		String previous = this.javaPackage;
		this.javaPackage = previous + "v" + (++this.versions);
		this.sources.replaceAll((name, source) -> source.replace("package " + previous + ";",
				"package " + this.javaPackage + ";"));
		changes.get(chosen).run();
		return render(descriptions.get(chosen));
	}

	/** The changes added after seeds were kept as regressions, drawn by {@link #later}. */
	private List<Runnable> laterChanges(Entity entity, boolean subclassColumns, List<String> descriptions) {
		List<Runnable> changes = new ArrayList<>();
		List<String> retypable = entity.droppable.stream().filter((field) -> retyped(field) != null).toList();
		if (enabled(Feature.CHANGE_RETYPE) && !retypable.isEmpty()) {
			String field = retypable.get(this.later.nextInt(retypable.size()));
			String retyped = retyped(field);
			descriptions.add("retype in " + entity.className + ": " + oneLine(field) + " -> " + oneLine(retyped));
			changes.add(() -> {
				this.used.add(Feature.CHANGE_RETYPE);
				replaceField(entity, field, retyped);
			});
		}
		List<String> renamable = entity.droppable.stream()
			.filter((field) -> enabled(Feature.CHANGE_ADD_REQUIRED_COLUMN) || !required(field))
			.filter((field) -> enabled(Feature.CHANGE_DROP_ENUM_COLUMN) || !enumField(field))
			.toList();
		if (enabled(Feature.CHANGE_RENAME_COLUMN) && !renamable.isEmpty() && subclassColumns) {
			String field = renamable.get(this.later.nextInt(renamable.size()));
			String renamed = renamed(field);
			descriptions.add("rename in " + entity.className + ": " + oneLine(field) + " -> " + oneLine(renamed));
			changes.add(() -> {
				this.used.add(Feature.CHANGE_RENAME_COLUMN);
				replaceField(entity, field, renamed);
			});
		}
		int index = this.entities.indexOf(entity);
		if (enabled(Feature.CHANGE_ADD_RELATION) && enabled(Feature.MANY_TO_ONE) && index > 0 && subclassColumns) {
			Entity target = this.entities.get(this.later.nextInt(index));
			if (target.parent != entity && entity.parent != target) {
				String field = "link" + (this.laterNames++);
				descriptions.add("new relation " + entity.className + "." + field + " -> " + target.className);
				changes.add(() -> {
					this.used.add(Feature.CHANGE_ADD_RELATION);
					entity.fields.add("\t@ManyToOne\n\t@JoinColumn(name = \"" + field + "_id\")\n\t" + target.className + " "
							+ field + ";\n");
				});
			}
		}
		return changes;
	}

	/**
	 * The field with another type of column, or {@code null}: a whole number one size up, a
	 * string of another length, a decimal of more digits. Only columns no index or key names.
	 */
	private static String retyped(String field) {
		String declaration = field.substring(field.lastIndexOf('\t') + 1);
		String type = declaration.substring(0, declaration.indexOf(' '));
		String rest = declaration.substring(declaration.indexOf(' '));
		String annotations = field.substring(0, field.lastIndexOf('\t') + 1);
		switch (type) {
			case "short", "Short" -> {
				return annotations + (type.equals("short") ? "int" : "Integer") + rest;
			}
			case "int", "Integer" -> {
				return annotations + (type.equals("int") ? "long" : "Long") + rest;
			}
			case "String" -> {
				java.util.regex.Matcher length = java.util.regex.Pattern.compile("length = (\\d+)").matcher(annotations);
				if (!length.find() || annotations.contains("columnDefinition") || annotations.contains("@Enumerated")) {
					return null;
				}
				// Longer and shorter: the rows' values fit every length
				int next = switch (Integer.parseInt(length.group(1))) {
					case 16 -> 40;
					case 40 -> 16;
					case 255 -> 1000;
					default -> 40;
				};
				return annotations.replace(length.group(), "length = " + next) + declaration;
			}
			case "BigDecimal" -> {
				java.util.regex.Matcher precision = java.util.regex.Pattern.compile("precision = (\\d+)").matcher(annotations);
				return precision.find() ? annotations.replace(precision.group(),
						"precision = " + (Integer.parseInt(precision.group(1)) + 4)) + declaration : null;
			}
			default -> {
				return null;
			}
		}
	}

	/** The field and its column renamed. */
	private static String renamed(String field) {
		String declaration = field.substring(field.lastIndexOf('\t') + 1);
		String name = declaration.substring(declaration.indexOf(' ') + 1, declaration.indexOf(';'));
		String renamed = field.replace(" " + name + ";", " " + name + "Renamed;");
		java.util.regex.Matcher column = java.util.regex.Pattern.compile("name = \"([^\"]+)\"").matcher(renamed);
		return column.find() ? renamed.replace(column.group(), "name = \"" + column.group(1) + "Renamed\"") : renamed;
	}

	private static void replaceField(Entity entity, String field, String replacement) {
		entity.fields.set(entity.fields.indexOf(field), replacement);
		entity.droppable.set(entity.droppable.indexOf(field), replacement);
	}

	private static String oneLine(String field) {
		return field.strip().replace("\n\t", " ");
	}

	/** Whether the field's column is {@code not null}: a primitive, or declared so. */
	private static boolean required(String field) {
		String declaration = field.substring(field.lastIndexOf('\t') + 1);
		return field.contains("nullable = false")
				|| (Character.isLowerCase(declaration.charAt(0)) && !declaration.startsWith("byte[]"));
	}

	private static boolean enumField(String field) {
		return field.substring(field.lastIndexOf('\t') + 1).startsWith("Status");
	}

	private Model render(String change) {
		for (Entity entity : this.entities) {
			this.sources.put(entity.className, entity.render(this.javaPackage));
		}
		List<String> order = this.entities.stream().map((e) -> e.className).toList();
		return new Model(this.seed, this.javaPackage, new LinkedHashMap<>(this.sources), order,
				EnumSet.copyOf(this.used), this.standardNaming, Set.copyOf(this.explicitNames), change);
	}

	private void hierarchy(Feature feature, String strategy) {
		this.used.add(feature);
		Entity root = newEntity(null, strategy);
		root.isAbstract = this.random.nextBoolean();
		// Identity ids cannot be shared by the tables of a union
		root.idKind = feature.equals(Feature.TABLE_PER_CLASS) ? sequence() : idKind();
		fill(root, true);
		int subclasses = 1 + this.random.nextInt(2);
		for (int i = 0; i < subclasses; i++) {
			Entity sub = newEntity(root, null);
			// The columns of a single table's subclass live in the root's table
			fill(sub, !feature.equals(Feature.SINGLE_TABLE));
		}
	}

	private Entity newEntity(Entity parent, String inheritance) {
		Entity entity = new Entity();
		entity.className = "E" + this.entities.size() + "_" + word(TABLE_WORDS);
		entity.parent = parent;
		entity.inheritance = inheritance;
		boolean ownTable = parent == null || !"SINGLE_TABLE".equals(parent.inheritance);
		if (ownTable) {
			entity.tableName = tableName();
		}
		this.entities.add(entity);
		return entity;
	}

	private String tableName() {
		String base = word(TABLE_WORDS) + "_" + (this.names++);
		if (chance(Feature.QUOTED_NAME, 0.1)) {
			return "`" + base + "`";
		}
		if (chance(Feature.MIXED_CASE_NAME, 0.15)) {
			return Character.toUpperCase(base.charAt(0)) + base.substring(1).replace("_", "Line");
		}
		return base;
	}

	private String idKind() {
		if (chance(Feature.SEQUENCE_ID, 0.4)) {
			return sequence();
		}
		this.used.add(Feature.IDENTITY_ID);
		return "IDENTITY";
	}

	private String sequence() {
		this.used.add(Feature.SEQUENCE_ID);
		return "SEQUENCE:" + word(TABLE_WORDS) + "_seq_" + (this.names++) + ":"
				+ pick(new int[] { 1, 20, 50 });
	}

	/** Adds random columns, and for a table of its own, table-level indexes and keys. */
	private void fill(Entity entity, boolean ownColumnsMayBeRequired) {
		int fields = 1 + this.random.nextInt(5);
		for (int i = 0; i < fields; i++) {
			basicField(entity, ownColumnsMayBeRequired);
		}
		if (enabled(Feature.JSON) && this.later.nextDouble() < 0.15) {
			this.used.add(Feature.JSON);
			String declaration = "\t@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)\n\tString doc"
					+ (this.laterNames++) + ";\n";
			entity.fields.add(declaration);
			entity.droppable.add(declaration);
		}
		if (entity.parent == null && chance(Feature.VERSION, 0.25)) {
			entity.fields.add("\t@Version\n\tlong version;\n");
		}
		if (chance(Feature.EMBEDDED, 0.2)) {
			embedded(entity);
		}
		if (entity.tableName != null && !entity.indexable.isEmpty()) {
			if (chance(Feature.INDEX_NAMED, 0.25)) {
				entity.indexes.add("@Index(name = \"" + explicitName("ix") + "\", columnList = \""
						+ columnList(entity) + "\")");
			}
			if (chance(Feature.INDEX_UNNAMED, 0.25)) {
				entity.indexes.add("@Index(columnList = \"" + columnList(entity) + "\")");
			}
			if (this.random.nextDouble() < 0.2) {
				List<String> columns = indexColumns(entity);
				if (uniqueOver(entity, columns, Feature.UNIQUE_CONSTRAINT_NAMED)) {
					entity.uniques.add("@UniqueConstraint(name = \"" + explicitName("uk") + "\", columnNames = "
							+ columnArray(columns) + ")");
				}
			}
			if (this.random.nextDouble() < 0.2) {
				List<String> columns = indexColumns(entity);
				if (uniqueOver(entity, columns, Feature.UNIQUE_CONSTRAINT_UNNAMED)) {
					entity.uniques.add("@UniqueConstraint(columnNames = " + columnArray(columns) + ")");
				}
			}
		}
	}

	private String explicitName(String prefix) {
		String name = prefix + "_oracle_" + (this.names++);
		this.explicitNames.add(name);
		return name;
	}

	/** Indexes name the physical columns, as Hibernate reads them after naming. */
	private String columnList(Entity entity) {
		return String.join(", ", indexColumns(entity));
	}

	/** Whether a unique key over the columns may be added, and if so records it. */
	private boolean uniqueOver(Entity entity, List<String> columns, Feature feature) {
		Set<String> key = Set.copyOf(columns);
		if (!enabled(feature) || (entity.uniqueKeys.contains(key) && !enabled(Feature.DUPLICATE_UNIQUE))) {
			return false;
		}
		this.used.add(feature);
		if (!entity.uniqueKeys.add(key)) {
			this.used.add(Feature.DUPLICATE_UNIQUE);
		}
		return true;
	}

	private static String columnArray(List<String> columns) {
		return columns.stream().map((c) -> "\"" + c + "\"").collect(Collectors.joining(", ", "{ ", " }"));
	}

	private List<String> indexColumns(Entity entity) {
		List<String> pool = new ArrayList<>(entity.indexable);
		java.util.Collections.shuffle(pool, this.random);
		return pool.subList(0, 1 + this.random.nextInt(Math.min(2, pool.size())));
	}

	private void basicField(Entity entity, boolean mayBeRequired) {
		String field = word(FIELD_WORDS) + (this.names++);
		String column = field;
		boolean indexable = false;
		boolean uniqueAllowed = false;
		List<String> columnAttributes = new ArrayList<>();
		List<String> annotations = new ArrayList<>();
		String type;
		switch (this.random.nextInt(14)) {
			case 0, 1 -> {
				if (!enabled(Feature.STRING)) {
					type = "Integer";
					break;
				}
				this.used.add(Feature.STRING);
				type = "String";
				int length = pick(new int[] { 16, 40, 255, 1000 });
				columnAttributes.add("length = " + length);
				// MariaDB keys hold at most 3072 bytes, 768 characters of utf8mb4: Hibernate's
				// export itself fails on a key over a longer column
				indexable = length <= 255;
				uniqueAllowed = length <= 255;
				if (chance(Feature.COLUMN_DEFAULT, 0.15)) {
					annotations.add("@ColumnDefault(\"'none'\")");
				}
			}
			case 2 -> {
				this.used.add(Feature.INTEGERS);
				type = pick(new String[] { "int", "long", "Integer", "Long", "short" });
				indexable = true;
				uniqueAllowed = !type.equals("short");
				if (chance(Feature.COLUMN_DEFAULT, 0.15)) {
					annotations.add("@ColumnDefault(\"0\")");
				}
			}
			case 3 -> {
				this.used.add(Feature.BOOLEAN);
				type = pick(new String[] { "boolean", "Boolean" });
				if (chance(Feature.COLUMN_DEFAULT, 0.15)) {
					annotations.add("@ColumnDefault(\"false\")");
				}
			}
			case 4 -> {
				this.used.add(Feature.DECIMAL);
				type = "BigDecimal";
				int precision = 5 + this.random.nextInt(15);
				columnAttributes.add("precision = " + precision);
				columnAttributes.add("scale = " + this.random.nextInt(Math.min(precision - 3, 6)));
			}
			case 5 -> {
				this.used.add(Feature.DOUBLE);
				type = "double";
			}
			case 6 -> {
				this.used.add(Feature.DATE_TIME);
				type = pick(new String[] { "LocalDate", "LocalDateTime", "LocalTime" });
				indexable = true;
			}
			case 7 -> {
				if (chance(Feature.OFFSET_DATE_TIME, 0.5)) {
					type = "OffsetDateTime";
				}
				else {
					this.used.add(Feature.INSTANT);
					type = "Instant";
				}
			}
			case 8 -> {
				this.used.add(Feature.UUID);
				type = "UUID";
				uniqueAllowed = true;
			}
			case 9 -> {
				if (chance(Feature.LOB, 0.5)) {
					annotations.add("@Lob");
					type = pick(new String[] { "byte[]", "String" });
				}
				else {
					this.used.add(Feature.BYTES);
					type = "byte[]";
				}
			}
			case 10, 11 -> {
				type = enumType(Feature.ENUM_ORDINAL, annotations, columnAttributes);
			}
			case 12 -> {
				if (chance(Feature.COLUMN_DEFINITION_DEFAULT, 0.5)) {
					type = "String";
					columnAttributes.add("columnDefinition = \"varchar(40) default 'new'\"");
				}
				else if (mayBeRequired || enabled(Feature.SUBCLASS_STRING_ENUM)) {
					type = enumType(Feature.ENUM_STRING, annotations, columnAttributes);
					if (!mayBeRequired) {
						this.used.add(Feature.SUBCLASS_STRING_ENUM);
					}
				}
				else {
					this.used.add(Feature.INTEGERS);
					type = "Long";
				}
			}
			default -> {
				if (mayBeRequired || enabled(Feature.SUBCLASS_STRING_ENUM)) {
					type = enumType(Feature.ENUM_STRING, annotations, columnAttributes);
					if (!mayBeRequired) {
						this.used.add(Feature.SUBCLASS_STRING_ENUM);
					}
				}
				else {
					this.used.add(Feature.INTEGERS);
					type = "Long";
				}
			}
		}
		if (this.optionalOnly) {
			type = switch (type) {
				case "int" -> "Integer";
				case "long" -> "Long";
				case "short" -> "Short";
				case "boolean" -> "Boolean";
				case "double" -> "Double";
				default -> type;
			};
		}
		boolean primitive = Character.isLowerCase(type.charAt(0)) && !type.equals("byte[]");
		if (!primitive && mayBeRequired && chance(Feature.NOT_NULL, 0.3)) {
			columnAttributes.add("nullable = false");
		}
		if (this.standardNaming && chance(Feature.MIXED_CASE_NAME, 0.2)) {
			column = Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Col";
			columnAttributes.add(0, "name = \"" + column + "\"");
		}
		// A default shared by the rows that leave a column out (a single table's other
		// subclasses) cannot be unique
		boolean defaulted = annotations.stream().anyMatch((annotation) -> annotation.startsWith("@ColumnDefault"));
		if (uniqueAllowed && !defaulted && chance(Feature.UNIQUE_COLUMN, 0.1)) {
			columnAttributes.add("unique = true");
			entity.uniqueKeys.add(Set.of(column));
		}
		if (indexable) {
			entity.indexable.add(column);
		}
		StringBuilder declaration = new StringBuilder();
		for (String annotation : annotations) {
			declaration.append('\t').append(annotation).append('\n');
		}
		if (!columnAttributes.isEmpty()) {
			declaration.append("\t@Column(").append(String.join(", ", columnAttributes)).append(")\n");
		}
		declaration.append('\t').append(type).append(' ').append(field).append(";\n");
		entity.fields.add(declaration.toString());
		if (!indexable) {
			entity.droppable.add(declaration.toString());
		}
	}

	private String enumType(Feature feature, List<String> annotations, List<String> columnAttributes) {
		if (!enabled(feature)) {
			this.used.add(Feature.INTEGERS);
			return "Long";
		}
		this.used.add(feature);
		String name = "Status" + (this.enums++);
		int count = 1 + this.random.nextInt(CONSTANTS.length);
		if (count == 1) {
			count = enabled(Feature.ENUM_ONE_CONSTANT) ? 1 : 2;
			this.used.add((count == 1) ? Feature.ENUM_ONE_CONSTANT : feature);
		}
		List<String> constants = new ArrayList<>(List.of(CONSTANTS));
		java.util.Collections.shuffle(constants, this.random);
		List<String> chosen = new ArrayList<>(constants.subList(0, count));
		this.enumConstants.put(name, chosen);
		this.sources.put(name, enumSource(name, chosen));
		if (feature == Feature.ENUM_STRING) {
			annotations.add("@Enumerated(EnumType.STRING)");
			if (this.random.nextBoolean()) {
				columnAttributes.add("length = " + pick(new int[] { 8, 20, 32 }));
			}
		}
		else if (this.random.nextBoolean()) {
			annotations.add("@Enumerated(EnumType.ORDINAL)");
		}
		return name;
	}

	private String enumSource(String name, List<String> constants) {
		return "package " + this.javaPackage + ";\n\npublic enum " + name + " {\n\n\t" + String.join(", ", constants)
				+ "\n\n}\n";
	}

	private void embedded(Entity entity) {
		int number = this.names++;
		String name = "Part" + number;
		// Numbered like the embeddable: two of a SINGLE_TABLE hierarchy share its one table
		String prefix = word(FIELD_WORDS) + number;
		this.sources.put(name, "package " + this.javaPackage + ";\n\nimport jakarta.persistence.*;\n\n@Embeddable\n"
				+ "public class " + name + " {\n\n\t@Column(length = 60)\n\tString " + prefix + "Line;\n\n\tInteger "
				+ prefix + "Number;\n\n}\n");
		entity.fields.add("\t@Embedded\n\t" + name + " part" + this.names + ";\n");
	}

	/** Relations point from later entities to earlier ones, so that rows can be written in order. */
	private void relations() {
		for (int i = 1; i < this.entities.size(); i++) {
			Entity owner = this.entities.get(i);
			Entity target = this.entities.get(this.random.nextInt(i));
			if (target.parent == owner || owner.parent == target || target == owner.parent) {
				continue;
			}
			if (chance(Feature.MANY_TO_ONE, 0.5)) {
				String field = "ref" + (this.names++);
				// A single table's subclass cannot require a column that its siblings' rows leave empty
				boolean optional = this.random.nextBoolean() || owner.tableName == null;
				owner.fields.add("\t@ManyToOne" + (optional ? "" : "(optional = false)") + "\n\t@JoinColumn(name = \""
						+ field + "_id\"" + (optional ? "" : ", nullable = false") + ")\n\t" + target.className + " "
						+ field + ";\n");
				if (chance(Feature.ONE_TO_MANY, 0.4)) {
					target.fields.add("\t@OneToMany(mappedBy = \"" + field + "\")\n\tList<" + owner.className
							+ "> back" + (this.names++) + " = new ArrayList<>();\n");
				}
			}
			else if (chance(Feature.MANY_TO_MANY, 0.3)) {
				// A join table of its own: two subclasses of one SINGLE_TABLE hierarchy relating to
				// the same entity would otherwise share one, each key column in it not null
				int number = this.names++;
				owner.fields.add("\t@ManyToMany\n\t@JoinTable(name = \"join_" + number + "\")\n\tSet<" + target.className
						+ "> many" + number + " = new HashSet<>();\n");
			}
		}
		for (Entity entity : this.entities) {
			if (chance(Feature.ELEMENT_COLLECTION, 0.1)) {
				entity.fields.add("\t@ElementCollection\n\t@Column(length = 50)\n\tSet<String> tags" + (this.names++)
						+ " = new HashSet<>();\n");
			}
		}
	}

	private boolean enabled(Feature feature) {
		return !this.disabled.contains(feature);
	}

	private boolean chance(Feature feature, double probability) {
		if (this.random.nextDouble() < probability && enabled(feature)) {
			this.used.add(feature);
			return true;
		}
		return false;
	}

	private String word(String[] words) {
		return words[this.random.nextInt(words.length)];
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private int pick(int[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static final class Entity {

		String className;

		String tableName;

		Entity parent;

		String inheritance;

		boolean isAbstract;

		String idKind;

		final List<String> fields = new ArrayList<>();

		final List<String> indexable = new ArrayList<>();

		final List<String> indexes = new ArrayList<>();

		final List<String> uniques = new ArrayList<>();

		final Set<Set<String>> uniqueKeys = new LinkedHashSet<>();

		/** Basic fields that no index or key names, which a change may drop. */
		final List<String> droppable = new ArrayList<>();

		boolean inSingleTable() {
			return this.parent != null && "SINGLE_TABLE".equals(this.parent.inheritance);
		}

		String render(String javaPackage) {
			StringBuilder out = new StringBuilder();
			out.append("package ").append(javaPackage).append(";\n\n");
			out.append("import jakarta.persistence.*;\nimport java.math.*;\nimport java.time.*;\nimport java.util.*;\n");
			out.append("import org.hibernate.annotations.ColumnDefault;\n\n");
			out.append("@Entity\n");
			if (this.tableName != null) {
				out.append("@Table(name = \"").append(this.tableName).append('"');
				if (!this.indexes.isEmpty()) {
					out.append(", indexes = { ").append(String.join(", ", this.indexes)).append(" }");
				}
				if (!this.uniques.isEmpty()) {
					out.append(", uniqueConstraints = { ").append(String.join(", ", this.uniques)).append(" }");
				}
				out.append(")\n");
			}
			if (this.inheritance != null) {
				out.append("@Inheritance(strategy = InheritanceType.").append(this.inheritance).append(")\n");
			}
			out.append("public ").append(this.isAbstract ? "abstract " : "").append("class ").append(this.className);
			if (this.parent != null) {
				out.append(" extends ").append(this.parent.className);
			}
			out.append(" {\n\n");
			if (this.idKind != null) {
				out.append("\t@Id\n");
				if (this.idKind.equals("IDENTITY")) {
					out.append("\t@GeneratedValue(strategy = GenerationType.IDENTITY)\n");
				}
				else {
					String[] parts = this.idKind.split(":");
					out.append("\t@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"")
						.append(parts[1])
						.append("\")\n");
					out.append("\t@SequenceGenerator(name = \"")
						.append(parts[1])
						.append("\", sequenceName = \"")
						.append(parts[1])
						.append("\", allocationSize = ")
						.append(parts[2])
						.append(")\n");
				}
				out.append("\tLong id;\n\n");
			}
			for (String field : this.fields) {
				out.append(field).append('\n');
			}
			out.append("}\n");
			return out.toString();
		}

	}

}
