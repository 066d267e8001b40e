package dev.retort.autogenerate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;

import dev.retort.RetortException;
import dev.retort.autogenerate.code.RevisionCode;
import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.compare.MigrationPlanner;
import dev.retort.autogenerate.compare.SchemaComparator;
import dev.retort.autogenerate.model.EntityMapping;
import dev.retort.autogenerate.model.ExistingRowValues;
import dev.retort.autogenerate.model.MappingReader;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.platform.DatabasePlatform;
import dev.retort.platform.DatabasePlatforms;
import dev.retort.script.write.NewRevision;
import dev.retort.script.write.RevisionWriter;

/**
 * Alembic's {@code revision --autogenerate} and {@code check}: compares the entities' mapping with
 * a live database and plans the revision that brings the database to the entities' schema.
 *
 * <pre class="code">
 * MigrationPlan plan = Autogenerate.compare(connection, metadata, AutogenerateOptions.defaults());
 * if (!plan.isEmpty()) {
 *     Autogenerate.writeRevision(plan, revision, Path.of("src/main/java"), "com.example.migrations");
 * }
 * </pre>
 */
public final class Autogenerate {

	private Autogenerate() {
	}

	/**
	 * Compares the application's own mapping (as the starter receives it) with the database.
	 * The mapping must be built for the database's dialect.
	 */
	public static MigrationPlan compare(Connection connection, Metadata metadata, AutogenerateOptions options) {
		Schema model = MappingReader.read(metadata).filter(options.filter());
		return compare(connection, model, ExistingRowValues.of(metadata), options);
	}

	/**
	 * Compares entity classes, mapped with the database's Hibernate dialect and Hibernate's
	 * default naming plus snake case, with the database.
	 */
	public static MigrationPlan compare(Connection connection, Collection<Class<?>> entityClasses,
			AutogenerateOptions options) {
		try (EntityMapping mapping = EntityMapping.build(entityClasses, dialectOf(connection))) {
			return compare(connection, mapping.metadata(), options);
		}
	}

	/** Compares an expected schema with the database. */
	public static MigrationPlan compare(Connection connection, Schema model, ExistingRowValues existingRows,
			AutogenerateOptions options) {
		DatabasePlatform platform = DatabasePlatforms.of(connection);
		String schema = (options.schema() != null) ? options.schema() : DatabasePlatforms.currentSchema(connection);
		Schema database = platform.schemaReader().read(connection, schema).filter(options.filter());
		SchemaComparator comparator = new SchemaComparator(platform, options.compare(), existingRows);
		return new MigrationPlanner().plan(comparator.compare(model.filter(options.filter()), database));
	}

	/**
	 * Alembic's {@code check}: the differences between the entities and the database, without
	 * writing anything; empty when they agree.
	 */
	public static List<Difference> check(Connection connection, Metadata metadata, AutogenerateOptions options) {
		return compare(connection, metadata, options).differences();
	}

	/**
	 * Writes the plan as a Java revision into the revisions package under the source directory.
	 * @return the written file
	 */
	public static Path writeRevision(MigrationPlan plan, NewRevision revision, Path sourceDirectory,
			String revisionsPackage) {
		return new RevisionWriter().writeJava(revision, sourceDirectory, revisionsPackage, RevisionCode.of(plan));
	}

	/** The Hibernate dialect of the connected database, with its version. */
	public static Dialect dialectOf(Connection connection) {
		try {
			return DatabasePlatforms.dialectOf(connection.getMetaData());
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot read the database's metadata to choose a Hibernate dialect: "
					+ ex.getMessage(), ex);
		}
	}

}
