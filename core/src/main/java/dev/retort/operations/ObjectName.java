package dev.retort.operations;

import java.util.Objects;

import dev.retort.RetortException;

/**
 * The name of a table or sequence, in a schema or (with a {@code null} schema) in the schema
 * the migration runs in. Names are used exactly as written: see the renderers for how they are
 * quoted.
 *
 * @param schema the schema, or {@code null} for the migration's default schema
 * @param name the name as stored in the database
 */
public record ObjectName(String schema, String name) {

	public ObjectName {
		requireName(name, "name");
		if (schema != null) {
			requireName(schema, "schema");
		}
	}

	public static ObjectName of(String name) {
		return new ObjectName(null, name);
	}

	public static ObjectName of(String schema, String name) {
		return new ObjectName(schema, name);
	}

	/** This name, in the given schema unless it names its own. */
	public ObjectName inSchemaIfAbsent(String defaultSchema) {
		return (this.schema != null || defaultSchema == null) ? this : new ObjectName(defaultSchema, this.name);
	}

	static String requireName(String name, String what) {
		Objects.requireNonNull(name, what);
		if (name.isBlank()) {
			throw new RetortException("A " + what + " must not be blank; give the name of the database object");
		}
		return name;
	}

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

}
