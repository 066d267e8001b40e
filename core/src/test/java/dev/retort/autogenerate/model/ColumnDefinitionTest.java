package dev.retort.autogenerate.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnDefinitionTest {

	@Test
	void aTypeWithADefaultAndNullability() {
		assertThat(ColumnDefinition.parse("varchar(40) default 'new'"))
			.isEqualTo(new ColumnDefinition("varchar(40)", "'new'", null));
		assertThat(ColumnDefinition.parse("integer DEFAULT 3 NOT  NULL"))
			.isEqualTo(new ColumnDefinition("integer", "3", true));
		assertThat(ColumnDefinition.parse("timestamp with time zone null default now()"))
			.isEqualTo(new ColumnDefinition("timestamp with time zone", "now()", false));
		assertThat(ColumnDefinition.parse("varchar(20) default 'not null, default'"))
			.isEqualTo(new ColumnDefinition("varchar(20)", "'not null, default'", null));
		assertThat(ColumnDefinition.parse("numeric(10, 2) default (1 + 2)"))
			.isEqualTo(new ColumnDefinition("numeric(10, 2)", "(1 + 2)", null));
	}

	@Test
	void aTypeAlone() {
		assertThat(ColumnDefinition.parse("character varying(16)"))
			.isEqualTo(new ColumnDefinition("character varying(16)", null, null));
		assertThat(ColumnDefinition.parse("nullable_type")).isEqualTo(new ColumnDefinition("nullable_type", null, null));
	}

	@Test
	void anotherClauseKeepsTheDefinitionWhole() {
		assertThat(ColumnDefinition.parse("varchar(10) default 'a' check (x <> '')"))
			.isEqualTo(new ColumnDefinition("varchar(10) default 'a' check (x <> '')", null, null));
		assertThat(ColumnDefinition.parse("varchar(10) not null collate utf8mb4_bin"))
			.isEqualTo(new ColumnDefinition("varchar(10) not null collate utf8mb4_bin", null, null));
	}

}
