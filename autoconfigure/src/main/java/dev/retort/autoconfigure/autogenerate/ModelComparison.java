package dev.retort.autoconfigure.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;

import dev.retort.RetortException;
import dev.retort.autoconfigure.RetortProperties;
import dev.retort.autoconfigure.endpoint.ModelDiffSource;
import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.AutogenerateOptions;
import dev.retort.autogenerate.compare.CompareOptions;
import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.compare.MigrationPlan;
import dev.retort.autogenerate.schema.SchemaFilter;
import dev.retort.runtime.Retort;

/**
 * Autogenerate in a Spring Boot application: compares the application's entity model with the
 * database on the migration connection, as {@code revision --autogenerate}, {@code check} and
 * {@code GET /actuator/migrations?check=true} need it.
 * <p>
 * Like Alembic, it refuses to compare a database that is not at the heads: the difference would
 * also hold what the pending revisions already do, and the new revision would repeat them.
 */
public class ModelComparison implements ModelDiffSource {

	private final EntityModel entityModel;

	private final Retort retort;

	private final DataSource dataSource;

	private final RetortProperties properties;

	public ModelComparison(EntityModel entityModel, Retort retort, DataSource dataSource,
			RetortProperties properties) {
		this.entityModel = entityModel;
		this.retort = retort;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * The application's settings: its schema, Retort's tables under their configured names and
	 * {@code retort.autogenerate.exclude-tables} left out, renames inferred.
	 */
	public AutogenerateOptions options() {
		SchemaFilter filter = SchemaFilter
			.excludingRetortTables(this.properties.getVersionTable(), this.properties.getHistoryTable())
			.excluding(this.properties.getAutogenerate().getExcludeTables());
		return new AutogenerateOptions(this.properties.getSchema(), filter, CompareOptions.defaults());
	}

	/** What differs and the revision that removes it. */
	public MigrationPlan compare(AutogenerateOptions options) {
		Metadata metadata = this.entityModel.metadata()
			.orElseThrow(() -> new RetortException("Hibernate has not built the entity model yet: autogenerate"
					+ " compares the mapping of the application's EntityManagerFactory, which is created"
					+ " when the application starts; is JPA bootstrapped lazily?"));
		requireDatabaseAtHeads();
		try (Connection connection = this.dataSource.getConnection()) {
			return Autogenerate.compare(connection, metadata, options);
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot connect to the database to compare it with the entities: "
					+ ex.getMessage(), ex);
		}
	}

	@Override
	public List<String> differences() {
		return compare(options()).differences().stream().map(Difference::describe).toList();
	}

	private void requireDatabaseAtHeads() {
		this.retort.unfinished().ifPresent((step) -> {
			throw new RetortException(Retort.describe(step));
		});
		Set<String> current = new TreeSet<>(this.retort.current());
		Set<String> heads = new TreeSet<>(this.retort.graph().heads());
		if (!current.equals(heads)) {
			throw new RetortException("The database is not up to date: it is at "
					+ (current.isEmpty() ? "base" : String.join(", ", current)) + ", the revisions' heads are "
					+ String.join(", ", heads) + ". Autogenerate compares the entities with a database that has"
					+ " every revision applied; run 'upgrade heads' (mvn retort:upgrade) first");
		}
	}

}
