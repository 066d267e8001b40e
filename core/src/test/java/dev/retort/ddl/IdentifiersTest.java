package dev.retort.ddl;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.retort.operations.ObjectName;
import dev.retort.platform.DatabasePlatforms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names are quoted when they must be, and only then.
 */
class IdentifiersTest {

	private final Identifiers postgres = DatabasePlatforms.offlineRenderer(DatabaseFamily.POSTGRESQL).identifiers();

	private final Identifiers mariaDb = DatabasePlatforms.offlineRenderer(DatabaseFamily.MARIADB).identifiers();

	private final Identifiers h2 = DatabasePlatforms.offlineRenderer(DatabaseFamily.H2).identifiers();

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

	@Test
	void alwaysQuotesANameInBackticksAsWritten() {
		assertThat(this.h2.quote("`order_item`")).isEqualTo("\"order_item\"");
		assertThat(this.postgres.quote("`order_item`")).isEqualTo("\"order_item\"");
		assertThat(this.mariaDb.quote("`OrderItem`")).isEqualTo("`OrderItem`");
		assertThat(this.h2.quote("`")).as("too short to be quoted").isEqualTo("\"`\"");
		assertThat(this.h2.stored("`order_item`")).isEqualTo("order_item");
		assertThat(this.h2.stored("order_item")).isEqualTo("ORDER_ITEM");
		assertThat(this.h2.stored("user")).as("quoted as written").isEqualTo("user");
		assertThat(this.postgres.stored("order_item")).isEqualTo("order_item");
	}

	@Test
	void spellsHibernatesNamesSoThatTheyNameWhatHibernatesSqlNames() {
		assertThat(this.postgres.spelling("OrderLine", false)).isEqualTo("orderline");
		assertThat(this.h2.spelling("OrderLine", false)).isEqualTo("orderline");
		assertThat(this.mariaDb.spelling("OrderLine", false)).as("MariaDB keeps a table's case").isEqualTo("OrderLine");
		assertThat(this.postgres.spelling("OrderLine", true)).isEqualTo("OrderLine");
		assertThat(this.postgres.spelling("order_item", true)).isEqualTo("order_item");
		assertThat(this.h2.spelling("order_item", true)).isEqualTo("`order_item`");
		assertThat(this.h2.spelling("ORDERS", true)).as("the same as unquoted orders").isEqualTo("orders");
		assertThat(this.h2.spelling("user", true)).isEqualTo("user");
		assertThat(this.h2.spelling("rank", false)).isEqualTo("rank");
		assertThat(this.h2.spelling("day", false)).as("reserved by H2: the portable spelling").isEqualTo("day");
		assertThat(this.h2.quote("rank")).as("H2 folds Hibernate's unquoted rank; it does not reserve the word")
			.isEqualTo("\"RANK\"");
		assertThat(this.h2.quote("user")).as("H2 reserves it: Hibernate must quote it").isEqualTo("\"user\"");
		assertThat(this.postgres.spelling("rank", false)).isEqualTo("rank");
	}

	@Test
	void spellsEveryNameTheCatalogHoldsSoThatItIsStoredAsItWas() {
		for (Identifiers identifiers : List.of(this.postgres, this.mariaDb, this.h2)) {
			for (String stored : List.of("ORDER_ITEM", "order_item", "OrderItem", "user", "USER", "RANK", "rank",
					"a b", "x\"y", "_tmp", "T1")) {
				assertThat(identifiers.stored(identifiers.spellingOfStored(stored))).as(stored).isEqualTo(stored);
			}
		}
		assertThat(this.h2.spellingOfStored("ORDER_ITEM")).isEqualTo("order_item");
		assertThat(this.h2.spellingOfStored("order_item")).isEqualTo("`order_item`");
		assertThat(this.h2.spellingOfStored("OrderItem")).isEqualTo("OrderItem");
		assertThat(this.postgres.spellingOfStored("order_item")).isEqualTo("order_item");
	}

}
