package dev.retort.ddl;

import java.util.List;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

import dev.retort.operations.ObjectName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are quoted when they must be, and only then.
 */
class IdentifiersTest {

	private final Identifiers postgres = new Identifiers(new PostgreSQLDialect());

	private final Identifiers mariaDb = new Identifiers(new MariaDBDialect(DatabaseVersion.make(10, 11)));

	@Test
	void leavesPlainLowerCaseNamesUnquoted() {
		assertThat(this.postgres.quote("is_active")).isEqualTo("is_active");
		assertThat(this.mariaDb.quote("item2")).isEqualTo("item2");
		assertThat(this.postgres.quote("_tmp_9")).isEqualTo("_tmp_9");
	}

	@Test
	void quotesReservedWords() {
		assertThat(this.postgres.quote("user")).isEqualTo("\"user\"");
		assertThat(this.postgres.quote("order")).isEqualTo("\"order\"");
		assertThat(this.mariaDb.quote("order")).isEqualTo("`order`");
		assertThat(this.postgres.quote("period")).as("reserved since SQL:2011").isEqualTo("\"period\"");
	}

	@Test
	void quotesNamesThatAreNotPlainLowerCase() {
		assertThat(this.postgres.quote("MixedCase")).isEqualTo("\"MixedCase\"");
		assertThat(this.postgres.quote("with space")).isEqualTo("\"with space\"");
		assertThat(this.postgres.quote("1st")).isEqualTo("\"1st\"");
		assertThat(this.postgres.quote("caf\u00e9")).isEqualTo("\"caf\u00e9\"");
		assertThat(this.postgres.quote("")).isEqualTo("\"\"");
	}

	@Test
	void doublesQuoteCharactersInsideNames() {
		assertThat(this.postgres.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(this.postgres.quote("back`tick")).isEqualTo("\"back`tick\"");
		assertThat(this.mariaDb.quote("back`tick")).isEqualTo("`back``tick`");
		assertThat(this.mariaDb.quote("say \"hi\"")).isEqualTo("`say \"hi\"`");
	}

	@Test
	void qualifiesWithTheObjectsOrTheDefaultSchema() {
		assertThat(this.postgres.qualified(ObjectName.of("Audit", "user"), "app")).isEqualTo("\"Audit\".\"user\"");
		assertThat(this.postgres.qualified(ObjectName.of("user"), "app")).isEqualTo("app.\"user\"");
		assertThat(this.postgres.qualified(ObjectName.of("user"), null)).isEqualTo("\"user\"");
		assertThat(this.postgres.list(List.of("a", "Order"))).isEqualTo("a, \"Order\"");
	}

}
