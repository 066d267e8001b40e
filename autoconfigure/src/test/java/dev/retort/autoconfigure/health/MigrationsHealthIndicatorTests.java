package dev.retort.autoconfigure.health;

import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.runtime.Retort;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionGraph;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class MigrationsHealthIndicatorTests {

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.MARIADB })
	void upAtTheHeadsPendingWhenBehindDownWhenAStepStoppedHalfWay(TestDatabase db) {
		Retort retort = Retort.builder(db.dataSource(),
				RevisionGraph.of(List.of(JavaRevisionScript.of(Good.class), JavaRevisionScript.of(Broken.class))))
			.build();
		MigrationsHealthIndicator health = new MigrationsHealthIndicator(retort, Status.OUT_OF_SERVICE, Status.DOWN);
		assertThat(health.health(true).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

		retort.upgrade("9000aaaa0001");
		Health atGood = health.health(true);
		assertThat(atGood.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(atGood.getDetails()).containsEntry("pending", List.of("9000aaaa0002"));

		assertThatException().isThrownBy(() -> retort.upgrade("head"));
		Health stopped = health.health(true);
		assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
		assertThat(stopped.getDetails().get("unfinished").toString()).contains("9000aaaa0002");
	}

	@Revision(id = "9000aaaa0001", message = "Good")
	public static class Good implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table good (id int)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("good");
		}

	}

	@Revision(id = "9000aaaa0002", revises = "9000aaaa0001", message = "Broken half-way")
	public static class Broken implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table half (id int)");
			op.sql("insert into no_such_table values (1)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("half");
		}

	}

}
