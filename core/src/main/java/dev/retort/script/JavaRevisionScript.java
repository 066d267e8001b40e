package dev.retort.script;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Objects;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;

/**
 * A revision written as a Java class annotated with {@link Revision @Revision}.
 *
 * @param header the annotation's values
 * @param migrationClass the class, instantiated afresh through its no-argument constructor
 */
public record JavaRevisionScript(RevisionHeader header,
		Class<? extends Migration> migrationClass) implements RevisionScript {

	public JavaRevisionScript {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(migrationClass, "migrationClass");
	}

	/**
	 * Reads a class's {@link Revision @Revision} annotation.
	 * @throws RetortException if the class is not annotated or does not implement {@link Migration}
	 */
	public static JavaRevisionScript of(Class<?> type) {
		Revision revision = type.getAnnotation(Revision.class);
		if (revision == null) {
			throw new RetortException("Class " + type.getName() + " is not annotated with @Revision");
		}
		if (!Migration.class.isAssignableFrom(type)) {
			throw new RetortException("Revision class " + type.getName() + " must implement "
					+ Migration.class.getName() + " (upgrade and downgrade)");
		}
		RevisionHeader header = new RevisionHeader(revision.id(), List.of(revision.revises()),
				List.of(revision.dependsOn()), List.of(revision.branchLabels()),
				revision.message(), revision.transactional());
		return new JavaRevisionScript(header, type.asSubclass(Migration.class));
	}

	@Override
	public RevisionScript withHeader(RevisionHeader header) {
		return new JavaRevisionScript(header, this.migrationClass);
	}

	@Override
	public Kind kind() {
		return Kind.JAVA;
	}

	@Override
	public String location() {
		return this.migrationClass.getName();
	}

	@Override
	public Migration newMigration() {
		try {
			Constructor<? extends Migration> constructor = this.migrationClass.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor.newInstance();
		}
		catch (NoSuchMethodException ex) {
			throw new RetortException("Revision class " + location()
					+ " needs a constructor without parameters so that Retort can create it", ex);
		}
		catch (InvocationTargetException ex) {
			throw new RetortException("Creating revision " + id() + " (" + location() + ") failed: "
					+ ex.getTargetException(), ex.getTargetException());
		}
		catch (ReflectiveOperationException ex) {
			throw new RetortException("Cannot create revision " + id() + " (" + location() + "): " + ex, ex);
		}
	}

}
