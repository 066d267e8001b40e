package dev.retort.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that Retort manages the schema of the DataSource it migrates, so that Boot
 * does not default Hibernate's {@code ddl-auto} to {@code create-drop} on an embedded database
 * and drop the tables the revisions built.
 */
class RetortSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<RetortMigrationInitializer> initializers;

	RetortSchemaManagementProvider(ObjectProvider<RetortMigrationInitializer> initializers) {
		this.initializers = initializers;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.initializers.stream().anyMatch((initializer) -> initializer.manages(dataSource))
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
