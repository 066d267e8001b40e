package dev.retort.autogenerate.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.retort.operations.ServerDefault;

/**
 * The value rows already in a table get when a NOT NULL column is added, taken from the entity
 * as Django asks its user for a one-off default: the field's initializer when it is a constant
 * (two fresh instances made with the no-argument constructor agree, and the value is a boolean,
 * number, string or enum: {@code boolean isActive = true} gives {@code true}, while
 * {@code UUID.randomUUID()} or {@code Instant.now()} do not qualify), else a primitive's zero.
 * {@code @ColumnDefault} is read elsewhere, as the column's lasting default.
 */
public final class ExistingRowValues {

	private final Map<String, ServerDefault> values;

	private ExistingRowValues(Map<String, ServerDefault> values) {
		this.values = Map.copyOf(values);
	}

	public static ExistingRowValues none() {
		return new ExistingRowValues(Map.of());
	}

	/** The values of the simple attributes of every entity in the mapping. */
	public static ExistingRowValues of(Metadata metadata) {
		Map<String, ServerDefault> values = new HashMap<>();
		HibernateNames names = HibernateNames.of(metadata);
		for (PersistentClass entity : metadata.getEntityBindings()) {
			Class<?> type = entity.getMappedClass();
			if (type == null) {
				continue;
			}
			Object first = instantiate(type);
			Object second = instantiate(type);
			for (Property property : entity.getPropertyClosure()) {
				List<org.hibernate.mapping.Column> columns = property.getColumns();
				if (columns.size() != 1) {
					continue;
				}
				Field field = field(type, property.getName());
				if (field == null) {
					continue;
				}
				constant(field, first, second).ifPresent((value) -> values.put(
						key(names.table(property.getValue().getTable()), names.column(columns.get(0))), value));
			}
		}
		return new ExistingRowValues(values);
	}

	/** The value for existing rows of a column, if the entity gives one. */
	public Optional<ServerDefault> valueFor(String table, String column) {
		return Optional.ofNullable(this.values.get(key(table, column)));
	}

	private static String key(String table, String column) {
		return table + "\u0000" + column;
	}

	private static Object instantiate(Class<?> type) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
			// Abstract classes and constructors with side effects give no initial values
			return null;
		}
	}

	private static Field field(Class<?> type, String name) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			try {
				Field field = current.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException | RuntimeException ex) {
				// Look in the superclass
			}
		}
		return null;
	}

	private static Optional<ServerDefault> constant(Field field, Object first, Object second) {
		Object value = read(field, first);
		Object again = read(field, second);
		if (first != null && value != null && Objects.equals(value, again)) {
			ServerDefault literal = literal(value);
			if (literal != null) {
				return Optional.of(literal);
			}
		}
		return zero(field.getType());
	}

	private static Object read(Field field, Object instance) {
		try {
			return (instance != null) ? field.get(instance) : null;
		}
		catch (IllegalAccessException ex) {
			return null;
		}
	}

	private static ServerDefault literal(Object value) {
		if (value instanceof Boolean bool) {
			return ServerDefault.bool(bool);
		}
		if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
				|| value instanceof BigInteger || value instanceof BigDecimal || value instanceof Float
				|| value instanceof Double) {
			return ServerDefault.number((Number) value);
		}
		if (value instanceof String text) {
			return ServerDefault.text(text);
		}
		if (value instanceof Enum<?> constant) {
			return ServerDefault.text(constant.name());
		}
		return null;
	}

	/** A primitive's zero value: what Java itself gives the field. */
	private static Optional<ServerDefault> zero(Class<?> type) {
		if (type == boolean.class) {
			return Optional.of(ServerDefault.bool(false));
		}
		if (type.isPrimitive() && type != char.class && type != void.class) {
			return Optional.of(ServerDefault.number(0));
		}
		return Optional.empty();
	}

}
