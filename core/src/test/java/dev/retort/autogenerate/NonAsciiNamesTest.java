package dev.retort.autogenerate;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.model.EntityMapping;
import dev.retort.autogenerate.models.names.Etat;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL folds only ASCII letters of an unquoted name: Hibernate's {@code ÉTAT} is stored
 * {@code État}, and autogenerate must not ask to rename it.
 */
class NonAsciiNamesTest {

	/** The table Hibernate's own DDL creates for the entity is the table the mapping names. */
	@DatabaseTest({ DatabaseKind.POSTGRESQL, DatabaseKind.H2 })
	void unquotedNonAsciiCapital(TestDatabase db) throws Exception {
		try (Connection connection = db.connect();
				EntityMapping mapping = EntityMapping.build(List.of(Etat.class), Autogenerate.dialectOf(connection),
						new ImplicitNamingStrategyJpaCompliantImpl(), new PhysicalNamingStrategyStandardImpl())) {
			try (Statement statement = connection.createStatement()) {
				// what Hibernate's schema export writes for the entity (unquoted)
				statement.execute("create table ÉTAT (id bigint not null, primary key (id))");
			}
			List<String> differences = Autogenerate.compare(connection, mapping.metadata(), AutogenerateOptions.defaults())
				.differences().stream().map(Difference::describe).toList();
			assertThat(differences).isEmpty();
		}
	}

}
