package dev.retort.autogenerate;

import java.sql.Connection;
import java.util.List;

import dev.retort.autogenerate.compare.Difference;
import dev.retort.autogenerate.models.nochange.NcBoolean;
import dev.retort.autogenerate.models.nochange.NcChecked;
import dev.retort.autogenerate.models.nochange.NcDecimal;
import dev.retort.autogenerate.models.nochange.NcDefaults;
import dev.retort.autogenerate.models.nochange.NcEnum;
import dev.retort.autogenerate.models.nochange.NcInteger;
import dev.retort.autogenerate.models.nochange.NcNow;
import dev.retort.autogenerate.models.nochange.NcOwner;
import dev.retort.autogenerate.models.nochange.NcPersonRole;
import dev.retort.autogenerate.models.nochange.NcPet;
import dev.retort.autogenerate.models.nochange.NcSerial;
import dev.retort.autogenerate.models.nochange.NcSorted;
import dev.retort.autogenerate.models.nochange.NcTimestamp;
import dev.retort.autogenerate.models.nochange.NcTwoUniques;
import dev.retort.autogenerate.models.nochange.NcUnique;
import dev.retort.autogenerate.models.nochange.NcVarchar;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alembic's "no change" scenarios that JPA can express (its autogenerate tests, see the notes):
 * a database built by hand to match the entities, in each database's own spellings, shows no
 * difference, and Hibernate's validation agrees that it matches.
 */
class AutogenerateNoChangeTest {

	@DatabaseTest
	void varcharAgainstCharacterVarying(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcVarchar.class), new Ddl(
				"create table nc_varchar (id bigint not null primary key, name character varying(50) not null,"
						+ " code varchar(32))",
				"create table nc_varchar (id int8 not null, name character varying(50) not null,"
						+ " code varchar(32), constraint nc_varchar_pk primary key (id))",
				"create table nc_varchar (id bigint(20) not null primary key,"
						+ " name varchar(50) character set utf8mb4 not null, code varchar(32))"));
	}

	@DatabaseTest
	void integerAgainstInt4AndDisplayWidths(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcInteger.class), new Ddl(
				"create table nc_integer (id int8 not null primary key, quantity int, small int2, big int8)",
				"create table nc_integer (id int8 not null primary key, quantity int4, small int2, big int8)",
				"create table nc_integer (id bigint(20) not null primary key, quantity int(11), small smallint(6),"
						+ " big bigint(20))"));
	}

	@DatabaseTest
	void booleanAgainstBoolTinyint1AndBit(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcBoolean.class), new Ddl(
				"create table nc_boolean (id bigint not null primary key, active bool not null, flag bit)",
				"create table nc_boolean (id bigint not null primary key, active bool not null, flag boolean)",
				"create table nc_boolean (id bigint not null primary key, active tinyint(1) not null, flag bit(1))"));
	}

	@DatabaseTest
	void timestampPrecisionStatedOrDefault(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcTimestamp.class), new Ddl(
				"create table nc_timestamp (id bigint not null primary key, created_at timestamp,"
						+ " placed_at timestamp with time zone)",
				"create table nc_timestamp (id bigint not null primary key, created_at timestamp without time zone,"
						+ " placed_at timestamptz)",
				"create table nc_timestamp (id bigint not null primary key, created_at datetime(6),"
						+ " placed_at datetime(6))"));
	}

	@DatabaseTest
	void numericAgainstDecimal(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcDecimal.class), new Ddl(
				"create table nc_decimal (id bigint not null primary key, amount decimal(10,2))",
				"create table nc_decimal (id bigint not null primary key, amount decimal(10, 2))",
				"create table nc_decimal (id bigint not null primary key, amount numeric(10,2))"));
	}

	@DatabaseTest
	void defaultsWithCastsQuotesAndDecimals(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcDefaults.class), new Ddl(
				"create table nc_defaults (id bigint not null primary key, state varchar(12) default 'NEW',"
						+ " score integer default '15', weight double precision default 5.0)",
				"create table nc_defaults (id bigint not null primary key,"
						+ " state varchar(12) default 'NEW'::character varying, score integer default '15'::integer,"
						+ " weight float8 default 5.0)",
				"create table nc_defaults (id bigint not null primary key, state varchar(12) default 'NEW',"
						+ " score int(11) default '15', weight double default 5.0)"));
	}

	@DatabaseTest
	void currentTimestampAgainstNow(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcNow.class), new Ddl(
				"create table nc_now (id bigint not null primary key, updated_at timestamp(6) default now())",
				"create table nc_now (id bigint not null primary key, updated_at timestamp(6) default now())",
				"create table nc_now (id bigint not null primary key,"
						+ " updated_at datetime(6) default current_timestamp(6))"));
	}

	@DatabaseTest
	void uniqueColumnsAgainstAUniqueIndexAndADatabaseName(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcUnique.class), new Ddl(
				"create table nc_unique (id bigint not null primary key, email varchar(40), code varchar(20),"
						+ " constraint db_generated_name unique (code));"
						+ "create unique index nc_unique_email_uidx on nc_unique (email)",
				"create table nc_unique (id bigint not null primary key, email varchar(40), code varchar(20),"
						+ " constraint db_generated_name unique (code));"
						+ "create unique index nc_unique_email_uidx on nc_unique (email)",
				"create table nc_unique (id bigint not null primary key, email varchar(40), code varchar(20),"
						+ " constraint db_generated_name unique (code), unique key nc_unique_email_uidx (email))"));
	}

	@DatabaseTest
	void twoUnnamedUniquesSharingAColumn(TestDatabase db) throws Exception {
		String ddl = "create table nc_two_uniques (id bigint not null primary key, sid integer, fid integer,"
				+ " label varchar(20), constraint db_uq_b unique (sid, fid), constraint db_uq_a unique (sid, label))";
		assertNoChange(db, List.of(NcTwoUniques.class), new Ddl(ddl, ddl, ddl));
	}

	@DatabaseTest
	void foreignKeysWithoutActionOrInMixedCase(TestDatabase db) throws Exception {
		String owner = "create table nc_owner (id bigint not null primary key);";
		assertNoChange(db, List.of(NcOwner.class, NcPet.class), new Ddl(
				owner + "create table nc_pet (id bigint not null primary key, owner_id bigint, keeper_id bigint,"
						+ " constraint fk_pet_owner foreign key (owner_id) references nc_owner (id) on delete no action,"
						+ " constraint fk_pet_keeper foreign key (keeper_id) references nc_owner (id) On Delete Cascade)",
				owner + "create table nc_pet (id bigint not null primary key, owner_id bigint, keeper_id bigint,"
						+ " constraint fk_pet_owner foreign key (owner_id) references nc_owner (id) on delete restrict,"
						+ " constraint fk_pet_keeper foreign key (keeper_id) references nc_owner (id) On Delete Cascade)",
				// MariaDB makes an index of its own for each key
				owner + "create table nc_pet (id bigint not null primary key, owner_id bigint, keeper_id bigint,"
						+ " constraint fk_pet_owner foreign key (owner_id) references nc_owner (id) on delete restrict,"
						+ " constraint fk_pet_keeper foreign key (keeper_id) references nc_owner (id) On Delete Cascade)"));
	}

	@DatabaseTest
	void indexAscendingImplicitlyOrExplicitly(TestDatabase db) throws Exception {
		String ddl = "create table nc_sorted (id bigint not null primary key, label varchar(20));"
				+ "create index ix_nc_sorted_label on nc_sorted (label)";
		assertNoChange(db, List.of(NcSorted.class), new Ddl(ddl, ddl, ddl));
	}

	@DatabaseTest
	void checkOfTheSameNameWithAnotherCondition(TestDatabase db) throws Exception {
		String ddl = "create table nc_checked (id bigint not null primary key, x integer,"
				+ " constraint ck_nc_checked_x check (x > 5))";
		assertNoChange(db, List.of(NcChecked.class), new Ddl(ddl, ddl, ddl));
	}

	@DatabaseTest
	void enumValuesInAnotherOrder(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcEnum.class), new Ddl(
				"create table nc_enum (id bigint not null primary key, color enum ('GREEN','RED') not null)",
				"create table nc_enum (id bigint not null primary key, color varchar(255) not null"
						+ " check (color in ('GREEN', 'RED')))",
				"create table nc_enum (id bigint not null primary key, color enum('GREEN','RED') not null)"));
	}

	@DatabaseTest
	void identityAgainstSerialAndAutoIncrement(TestDatabase db) throws Exception {
		assertNoChange(db, List.of(NcSerial.class), new Ddl(
				"create table nc_serial (id bigint auto_increment primary key, quantity integer)",
				"create table nc_serial (id bigserial primary key, quantity integer)",
				"create table nc_serial (id bigint not null auto_increment primary key, quantity integer)"));
	}

	@DatabaseTest
	void compositePrimaryKey(TestDatabase db) throws Exception {
		String ddl = "create table nc_person_role (person_id bigint not null, role_id bigint not null,"
				+ " primary key (person_id, role_id))";
		assertNoChange(db, List.of(NcPersonRole.class), new Ddl(ddl, ddl, ddl));
	}

	private static void assertNoChange(TestDatabase db, List<Class<?>> entities, Ddl ddl) throws Exception {
		try (Connection connection = db.connect()) {
			String statements = switch (db.kind()) {
				case H2 -> ddl.h2();
				case POSTGRESQL -> ddl.postgresql();
				case MARIADB -> ddl.mariadb();
			};
			new SchemaApplier(connection).sql(statements.split(";"));

			assertThat(Autogenerate.compare(connection, entities, AutogenerateOptions.defaults()).differences())
				.extracting(Difference::describe)
				.isEmpty();
		}
		HibernateValidation.validate(db, entities);
	}

	/** The database built to match, in each database's spellings. */
	private record Ddl(String h2, String postgresql, String mariadb) {
	}

}
