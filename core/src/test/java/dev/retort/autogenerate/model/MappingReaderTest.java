package dev.retort.autogenerate.model;

import java.util.List;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

import dev.retort.autogenerate.models.EntityModels;
import dev.retort.autogenerate.schema.CheckConstraint;
import dev.retort.autogenerate.schema.Column;
import dev.retort.autogenerate.schema.Index;
import dev.retort.autogenerate.schema.Schema;
import dev.retort.autogenerate.schema.Sequence;
import dev.retort.autogenerate.schema.Table;
import dev.retort.autogenerate.schema.UniqueConstraint;
import dev.retort.operations.ReferentialAction;
import dev.retort.operations.ServerDefault;
import dev.retort.operations.types.ColumnType;

import static dev.retort.operations.types.Types.bool;
import static dev.retort.operations.types.Types.string;
import static dev.retort.operations.types.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's mapping of the test models read into the neutral model, offline, per dialect.
 */
class MappingReaderTest {

	@Test
	void seedUserAndItemAsTheSeedPostDescribesThem() {
		Schema schema = read(EntityModels.SEED, new PostgreSQLDialect());
		Table user = schema.table("user").orElseThrow();

		assertThat(user.column("id").orElseThrow().type()).isEqualTo(uuid());
		assertThat(user.column("email").orElseThrow().type()).isEqualTo(string(255));
		assertThat(user.column("email").orElseThrow().nullable()).isFalse();
		assertThat(user.column("is_superuser").orElseThrow().type()).isEqualTo(bool());
		assertThat(user.column("full_name").orElseThrow().nullable()).isTrue();
		assertThat(user.column("hashed_password").orElseThrow().nullable()).isFalse();
		// A unique @Index is a unique key in Hibernate's model, not an index
		assertThat(user.uniqueConstraints()).containsExactly(new UniqueConstraint("ix_user_email", List.of("email"), true));
		assertThat(user.indexes()).isEmpty();
		Table item = schema.table("item").orElseThrow();
		assertThat(item.foreignKeys()).singleElement().satisfies((foreignKey) -> {
			assertThat(foreignKey.columns()).containsExactly("owner_id");
			assertThat(foreignKey.referencedTable()).isEqualTo("user");
			assertThat(foreignKey.onDelete()).isEqualTo(ReferentialAction.CASCADE);
		});
		assertThat(schema.sequences()).containsExactly(new Sequence("item_seq", 1, 50));
	}

	@Test
	void enumsByNameAreEnumTypesOnEveryDatabaseAndByOrdinalKeepTheirCheck() {
		for (var dialect : List.of(new H2Dialect(), new PostgreSQLDialect(), new MariaDBDialect(DatabaseVersion.make(10, 11)))) {
			Table customer = read(EntityModels.SHOP, dialect).table("customer").orElseThrow();

			assertThat(customer.column("status").orElseThrow().type()).isInstanceOfSatisfying(ColumnType.Enumerated.class,
					(type) -> assertThat(type.values()).containsExactlyInAnyOrder("ACTIVE", "SUSPENDED", "CLOSED"));
			assertThat(customer.checks()).extracting(CheckConstraint::name).containsExactlyInAnyOrder(null, "ck_customer_code");
			assertThat(customer.checks()).anySatisfy((check) -> assertThat(check.condition()).contains("tier between 0 and 2"));
		}
	}

	@Test
	void readsDefaultsCommentsIndexesUniquesAndSequences() {
		Schema schema = read(EntityModels.SHOP, new H2Dialect());
		Table customer = schema.table("customer").orElseThrow();
		Column points = customer.column("loyalty_points").orElseThrow();

		assertThat(points.serverDefault()).isEqualTo(ServerDefault.number(0));
		assertThat(points.comment()).isEqualTo("Points earned, never spent");
		assertThat(customer.comment()).isEqualTo("People who buy");
		assertThat(customer.indexes()).containsExactly(new Index("ix_customer_name",
				List.of(new Index.IndexColumn("last_name", false), new Index.IndexColumn("first_name", true)), false));
		assertThat(customer.uniqueConstraints()).extracting(UniqueConstraint::columns, UniqueConstraint::nameExplicit)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of("code", "region"), true),
					org.assertj.core.groups.Tuple.tuple(List.of("email"), false));
		assertThat(schema.table("customer_phone").orElseThrow().primaryKey().columns())
			.containsExactly("customer_id", "phone");
		assertThat(schema.table("purchase_order").orElseThrow().column("id").orElseThrow().identity()).isTrue();
		assertThat(schema.table("purchase_order").orElseThrow().column("placed_at").orElseThrow().type())
			.isEqualTo(new ColumnType.Timestamp(6, true));
		assertThat(schema.sequences()).containsExactly(new Sequence("customer_id_seq", 100, 10));
	}

	@Test
	void inheritanceStrategiesMapToTheirTables() {
		Schema schema = read(EntityModels.INHERITANCE, new H2Dialect());

		assertThat(schema.tables()).extracting(Table::name)
			.containsExactlyInAnyOrder("vehicle", "payment", "card_payment", "dog", "cat", "id_generator");
		assertThat(schema.table("vehicle").orElseThrow().columnNames()).contains("kind", "seats", "payload_tons");
	}

	@Test
	void entityInitialValuesAreTheValuesForExistingRows() {
		try (EntityMapping mapping = EntityMapping.build(EntityModels.SEED_WITH_IS_ACTIVE, new H2Dialect())) {
			ExistingRowValues values = ExistingRowValues.of(mapping.metadata());

			assertThat(values.valueFor("user", "is_active")).contains(ServerDefault.bool(true));
			assertThat(values.valueFor("user", "is_superuser")).contains(ServerDefault.bool(false));
			// A UUID generated per instance is no constant
			assertThat(values.valueFor("user", "id")).isEmpty();
			assertThat(values.valueFor("user", "email")).isEmpty();
		}
	}

	private static Schema read(List<Class<?>> entities, org.hibernate.dialect.Dialect dialect) {
		try (EntityMapping mapping = EntityMapping.build(entities, dialect)) {
			return MappingReader.read(mapping.metadata());
		}
	}

}
