package dev.retort.autogenerate.compare;

import java.util.List;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;

import dev.retort.ddl.Identifiers;
import dev.retort.platform.DatabasePlatforms;

/**
 * Whether names can be written into plain SQL of a generated revision as they are: none of the
 * three databases needs them quoted. Generated SQL must run on each of them, and each quotes
 * differently.
 */
final class PlainNames {

	private static final List<Identifiers> IDENTIFIERS = List.of(identifiers(new H2Dialect()),
			identifiers(new PostgreSQLDialect()), identifiers(new MariaDBDialect()));

	private PlainNames() {
	}

	static boolean plain(String... names) {
		for (String name : names) {
			if (IDENTIFIERS.stream().anyMatch((identifiers) -> !identifiers.quote(name).equals(name))) {
				return false;
			}
		}
		return true;
	}

	private static Identifiers identifiers(Dialect dialect) {
		return DatabasePlatforms.renderer(dialect).identifiers();
	}

}
