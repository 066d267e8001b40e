package dev.retort.autogenerate.oracle;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.hibernate.Session;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.SessionFactory;

/**
 * Writes rows through every concrete entity of a model with Hibernate, as many per entity as its
 * largest enum has constants so that every constant is stored, and reads each back: the schema
 * must take what the application writes.
 */
final class EntityRows {

	private final List<Class<?>> entities;

	private final List<Object> written = new ArrayList<>();

	private int counter;

	/**
	 * @param entities the entity classes, referenced ones first
	 * @param firstValue where the values start: above those of rows written before, so that
	 * unique keys hold across both
	 */
	EntityRows(List<Class<?>> entities, int firstValue) {
		this.entities = entities;
		this.counter = firstValue;
	}

	void writeAndReadBack(SessionFactory sessionFactory) throws Exception {
		sessionFactory.inTransaction((session) -> {
			try {
				for (Class<?> entity : this.entities) {
					if (Modifier.isAbstract(entity.getModifiers())) {
						continue;
					}
					int rows = Math.max(1, largestEnum(entity));
					for (int row = 0; row < rows; row++) {
						Object instance = entity.getDeclaredConstructor().newInstance();
						fill(instance, entity, row);
						session.persist(instance);
						this.written.add(instance);
					}
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		});
		try (Session session = sessionFactory.openSession()) {
			for (Object instance : this.written) {
				Object id = field(instance.getClass(), "id").get(instance);
				Object read = session.find(instance.getClass(), id);
				if (read == null) {
					throw new AssertionError("Hibernate cannot read back the " + instance.getClass().getSimpleName()
							+ " it wrote with id " + id);
				}
				for (Field field : basicFields(instance.getClass())) {
					Object expected = field.get(instance);
					Object actual = field.get(read);
					if (!same(expected, actual)) {
						throw new AssertionError(instance.getClass().getSimpleName() + "." + field.getName()
								+ " was written as " + show(expected) + " and read back as " + show(actual));
					}
				}
			}
		}
	}

	private int largestEnum(Class<?> entity) {
		int largest = 0;
		for (Field field : fields(entity)) {
			Class<?> type = field.getType();
			if (type.isEnum()) {
				largest = Math.max(largest, type.getEnumConstants().length);
			}
			if (field.isAnnotationPresent(Embedded.class)) {
				largest = Math.max(largest, largestEnum(type));
			}
		}
		return largest;
	}

	private void fill(Object instance, Class<?> type, int row) throws ReflectiveOperationException {
		for (Field field : fields(type)) {
			if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(Version.class)
					|| field.isAnnotationPresent(OneToMany.class)) {
				continue;
			}
			if (field.isAnnotationPresent(ManyToOne.class)) {
				field.set(instance, target(field.getType()));
			}
			else if (field.isAnnotationPresent(ManyToMany.class)) {
				Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
				Object target = target(element);
				if (target != null) {
					add(field.get(instance), target);
				}
			}
			else if (field.isAnnotationPresent(ElementCollection.class)) {
				add(field.get(instance), "tag" + (this.counter++));
				add(field.get(instance), "tag" + (this.counter++));
			}
			else if (field.isAnnotationPresent(Embedded.class)) {
				Object part = field.getType().getDeclaredConstructor().newInstance();
				fill(part, field.getType(), row);
				field.set(instance, part);
			}
			else {
				field.set(instance, value(field, row));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void add(Object collection, Object element) {
		((Collection<Object>) collection).add(element);
	}

	/** A row written before, of the referenced type or a subclass of it. */
	private Object target(Class<?> type) {
		for (Object instance : this.written) {
			if (type.isInstance(instance)) {
				return instance;
			}
		}
		return null;
	}

	/** A value for the column, distinct from every other row's, so that unique keys hold. */
	private Object value(Field field, int row) {
		int n = ++this.counter;
		Class<?> type = field.getType();
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return constants[row % constants.length];
		}
		if (type == String.class && field.isAnnotationPresent(JdbcTypeCode.class)) {
			return "{\"n\": " + n + "}";
		}
		if (type == String.class) {
			Column column = field.getAnnotation(Column.class);
			String text = "v" + n;
			return (column != null && column.length() < text.length()) ? text.substring(0, column.length()) : text;
		}
		if (type == int.class || type == Integer.class) {
			return n;
		}
		if (type == long.class || type == Long.class) {
			return (long) n;
		}
		if (type == short.class || type == Short.class) {
			return (short) n;
		}
		if (type == boolean.class || type == Boolean.class) {
			return n % 2 == 0;
		}
		if (type == double.class || type == Double.class) {
			return n + 0.5;
		}
		if (type == BigDecimal.class) {
			// The generator leaves at least three digits before the decimal point
			return BigDecimal.valueOf(n % 1000).setScale(field.getAnnotation(Column.class).scale());
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2020, 1, 1).plusDays(n);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.of(2020, 1, 1, 10, 0).plusMinutes(n);
		}
		if (type == LocalTime.class) {
			return LocalTime.of(10, 0).plusSeconds(n);
		}
		if (type == Instant.class) {
			return Instant.parse("2020-01-01T00:00:00Z").plusSeconds(n);
		}
		if (type == OffsetDateTime.class) {
			return OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)).plusSeconds(n);
		}
		if (type == UUID.class) {
			return new UUID(0x0A7C1E, n);
		}
		if (type == byte[].class) {
			return new byte[] { (byte) n, 0, (byte) 255 };
		}
		throw new IllegalStateException("No value for " + field + "; teach EntityRows the generator's new type");
	}

	private static boolean same(Object expected, Object actual) {
		if (expected instanceof BigDecimal decimal && actual instanceof BigDecimal other) {
			return decimal.compareTo(other) == 0;
		}
		if (expected instanceof byte[] bytes && actual instanceof byte[] other) {
			return Arrays.equals(bytes, other);
		}
		if (expected instanceof OffsetDateTime time && actual instanceof OffsetDateTime other) {
			return time.isEqual(other);
		}
		// JSON comes back as each database writes it: PostgreSQL's jsonb spaces it its own way
		if (expected instanceof String json && json.startsWith("{") && actual instanceof String other) {
			return json.replace(" ", "").equals(other.replace(" ", ""));
		}
		return Objects.equals(expected, actual);
	}

	private static String show(Object value) {
		return (value instanceof byte[] bytes) ? Arrays.toString(bytes) : String.valueOf(value);
	}

	/** Columns of the row itself: not ids, versions, relations, collections or embeddables. */
	private static List<Field> basicFields(Class<?> type) {
		return fields(type).stream()
			.filter((field) -> !field.isAnnotationPresent(Version.class) && !field.isAnnotationPresent(ManyToOne.class)
					&& !field.isAnnotationPresent(OneToMany.class) && !field.isAnnotationPresent(ManyToMany.class)
					&& !field.isAnnotationPresent(ElementCollection.class) && !field.isAnnotationPresent(Embedded.class))
			.toList();
	}

	private static List<Field> fields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					fields.add(field);
				}
			}
		}
		return fields;
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		for (Field field : fields(type)) {
			if (field.getName().equals(name)) {
				return field;
			}
		}
		throw new NoSuchFieldException(name);
	}

}
