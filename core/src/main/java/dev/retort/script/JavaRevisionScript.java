package dev.retort.script;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Objects;

import dev.retort.Migration;
import dev.retort.RetortException;
import dev.retort.Revision;

/**
 * A revision written as a Java class annotated with {@link Revision @Revision}. The class is
 * loaded only when the revision's code is needed: a revision found through the build-time index
 * carries its header and fingerprint from there, so that a start-up with nothing to do loads none
 * of them.
 *
 * @param header the annotation's values
 * @param className the binary name of the class, instantiated afresh through its no-argument
 * constructor
 * @param classLoader where the class is loaded from
 * @param fingerprint a digest of the class's source, from the build-time index, or {@code null}
 */
public record JavaRevisionScript(RevisionHeader header, String className, ClassLoader classLoader,
		String fingerprint) implements RevisionScript {

	public JavaRevisionScript {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(className, "className");
		Objects.requireNonNull(classLoader, "classLoader");
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
		return new JavaRevisionScript(header, type.getName(), classLoaderOf(type), null);
	}

	private static ClassLoader classLoaderOf(Class<?> type) {
		return (type.getClassLoader() != null) ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
	}

	@Override
	public RevisionScript withHeader(RevisionHeader header) {
		return new JavaRevisionScript(header, this.className, this.classLoader, this.fingerprint);
	}

	/** The class, loaded (once, by its class loader) on the first call. */
	public Class<? extends Migration> migrationClass() {
		Class<?> type;
		try {
			type = Class.forName(this.className, false, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new RetortException("Cannot load the class of revision " + id() + ", " + this.className + ": " + ex
					+ ". If the class was deleted or renamed, a clean build rewrites the revision index.", ex);
		}
		if (!Migration.class.isAssignableFrom(type)) {
			throw new RetortException("Revision class " + this.className + " must implement "
					+ Migration.class.getName() + " (upgrade and downgrade)");
		}
		return type.asSubclass(Migration.class);
	}

	@Override
	public Kind kind() {
		return Kind.JAVA;
	}

	@Override
	public String location() {
		return this.className;
	}

	@Override
	public Migration newMigration() {
		try {
			Constructor<? extends Migration> constructor = migrationClass().getDeclaredConstructor();
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
