package dev.retort.autogenerate.model;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;

import dev.retort.ddl.Identifiers;
import dev.retort.platform.DatabasePlatforms;

/**
 * The names of Hibernate's mapping as a revision spells them for the mapping's database, carrying
 * Hibernate's decision to quote a name or not: Hibernate writes {@code OrderLine} unquoted, so
 * PostgreSQL stores {@code orderline} and H2 {@code ORDERLINE}, and the revision must name that
 * object, not a quoted {@code "OrderLine"} that Hibernate's SQL would never find (see
 * {@link Identifiers#spelling}).
 */
final class HibernateNames {

	private final Identifiers identifiers;

	/** Hibernate's own reading of a table's or an index's name: quoted in backticks, or when all names are. */
	private final IdentifierHelper hibernate;

	private HibernateNames(Identifiers identifiers, IdentifierHelper hibernate) {
		this.identifiers = identifiers;
		this.hibernate = hibernate;
	}

	static HibernateNames of(Metadata metadata) {
		return new HibernateNames(DatabasePlatforms.renderer(metadata.getDatabase().getDialect()).identifiers(),
				metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper());
	}

	String table(org.hibernate.mapping.Table table) {
		return this.identifiers.spelling(table.getName(), table.isQuoted());
	}

	String column(org.hibernate.mapping.Column column) {
		return this.identifiers.columnSpelling(column.getName(), column.isQuoted());
	}

	/** A sequence's name, as Hibernate has already read it. */
	String name(Identifier name) {
		return this.identifiers.spelling(name.getText(), name.isQuoted());
	}

	/**
	 * An index's name, {@code null} when it has none: Hibernate reads it as it reads a table's
	 * (quoted in backticks, or when all names are).
	 */
	String indexName(String name) {
		return (name != null) ? name(this.hibernate.toIdentifier(name)) : null;
	}

	/**
	 * A constraint's name, {@code null} when it has none: Hibernate quotes it only when written in
	 * backticks or quotes, {@code globally_quoted_identifiers} or not.
	 */
	String constraintName(String name) {
		return (name != null) ? name(Identifier.toIdentifier(name)) : null;
	}

}
