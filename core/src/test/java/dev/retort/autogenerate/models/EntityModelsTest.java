package dev.retort.autogenerate.models;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.OnDelete;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixpoint corpus uses every mapping feature the autogenerate issue lists, so that the
 * fixpoint covers them all; removing one from the models fails here.
 */
class EntityModelsTest {

	@Test
	void corpusUsesEveryMappingFeature() {
		List<AnnotatedElement> elements = elements();
		Map<String, Predicate<AnnotatedElement>> features = new LinkedHashMap<>();
		features.put("@Table", has(Table.class, (table) -> true));
		features.put("@Column(length)", has(Column.class, (column) -> column.length() != 255));
		features.put("@Column(precision, scale)", has(Column.class, (column) -> column.precision() > 0 && column.scale() > 0));
		features.put("@Column(nullable = false)", has(Column.class, (column) -> !column.nullable()));
		features.put("@Column(unique = true)", has(Column.class, Column::unique));
		features.put("@Column(columnDefinition)", has(Column.class, (column) -> !column.columnDefinition().isEmpty()));
		features.put("@JoinColumn", has(JoinColumn.class, (join) -> true));
		features.put("@JoinColumn(foreignKey = @ForeignKey(name))",
				has(JoinColumn.class, (join) -> !join.foreignKey().name().isEmpty()));
		features.put("@JoinTable", has(JoinTable.class, (join) -> true));
		features.put("@CollectionTable", has(CollectionTable.class, (table) -> true));
		features.put("@Embeddable", has(Embeddable.class, (embeddable) -> true));
		features.put("@Embedded", has(Embedded.class, (embedded) -> true));
		features.put("@EmbeddedId", has(EmbeddedId.class, (id) -> true));
		features.put("SINGLE_TABLE", has(Inheritance.class, (i) -> i.strategy() == InheritanceType.SINGLE_TABLE));
		features.put("JOINED", has(Inheritance.class, (i) -> i.strategy() == InheritanceType.JOINED));
		features.put("TABLE_PER_CLASS", has(Inheritance.class, (i) -> i.strategy() == InheritanceType.TABLE_PER_CLASS));
		features.put("@ElementCollection", has(ElementCollection.class, (collection) -> true));
		features.put("@ManyToMany", has(ManyToMany.class, (many) -> true));
		features.put("@SequenceGenerator", has(SequenceGenerator.class, (generator) -> true));
		features.put("@TableGenerator", has(TableGenerator.class, (generator) -> true));
		features.put("@Enumerated(STRING)", has(Enumerated.class, (e) -> e.value() == EnumType.STRING));
		features.put("@Enumerated(ORDINAL)", has(Enumerated.class, (e) -> e.value() == EnumType.ORDINAL));
		features.put("@ColumnDefault", has(ColumnDefault.class, (value) -> true));
		features.put("@Comment on a table", (element) -> element instanceof Class<?> && element.isAnnotationPresent(Comment.class));
		features.put("@Comment on a column", (element) -> element instanceof Field && element.isAnnotationPresent(Comment.class));
		features.put("@Check", has(Check.class, (check) -> true));
		features.put("@OnDelete", has(OnDelete.class, (onDelete) -> true));
		features.put("@Index", has(Table.class, (table) -> table.indexes().length > 0));
		features.put("@Index(unique = true)",
				has(Table.class, (table) -> List.of(table.indexes()).stream().anyMatch(Index::unique)));
		features.put("@Index with a descending column", has(Table.class, (table) -> List.of(table.indexes()).stream()
			.anyMatch((index) -> index.columnList().toLowerCase(java.util.Locale.ROOT).contains(" desc"))));
		features.put("@UniqueConstraint", has(Table.class, (table) -> table.uniqueConstraints().length > 0
				&& List.of(table.uniqueConstraints()).stream().noneMatch((unique) -> unique.name().isEmpty())));
		features.put("quoted identifiers", (element) -> quoted(element));
		features.put("@Lob", has(Lob.class, (lob) -> true));
		List<String> missing = features.entrySet().stream()
			.filter((feature) -> elements.stream().noneMatch(feature.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(missing).as("mapping features no model of the corpus uses").isEmpty();
		assertThat(EntityModels.CORPUS).hasSizeGreaterThanOrEqualTo(6);
	}

	private static <A extends Annotation> Predicate<AnnotatedElement> has(Class<A> type, Predicate<A> condition) {
		return (element) -> element.isAnnotationPresent(type) && condition.test(element.getAnnotation(type));
	}

	private static boolean quoted(AnnotatedElement element) {
		Table table = element.getAnnotation(Table.class);
		Column column = element.getAnnotation(Column.class);
		return (table != null && isQuoted(table.name())) || (column != null && isQuoted(column.name()));
	}

	private static boolean isQuoted(String name) {
		return name.startsWith("\"") || name.startsWith("`");
	}

	/** The entity classes of the corpus, the classes they embed, and all their fields. */
	private static List<AnnotatedElement> elements() {
		List<AnnotatedElement> elements = new ArrayList<>();
		List<Class<?>> classes = new ArrayList<>();
		EntityModels.CORPUS.forEach((model) -> model.forEach((type) -> {
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				classes.add(c);
			}
		}));
		for (int i = 0; i < classes.size(); i++) {
			for (Field field : classes.get(i).getDeclaredFields()) {
				elements.add(field);
				if (field.getType().isAnnotationPresent(Embeddable.class) && !classes.contains(field.getType())) {
					classes.add(field.getType());
				}
			}
		}
		elements.addAll(classes);
		return elements;
	}

}
