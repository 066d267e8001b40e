package dev.retort.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.retort.fixture.naming.NamingApplication;
import dev.retort.sample.SampleProcesses.Run;
import dev.retort.testing.DatabaseKind;
import dev.retort.testing.DatabaseTest;
import dev.retort.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names as Hibernate writes them, through a real application under Hibernate's standard physical
 * naming (issue 19, defect 3): {@code @Table(name = "OrderLine")} and a field {@code tokenLine}
 * are unquoted, so the database folds them, and {@code `order_item`} is quoted, so it keeps its
 * case on H2. The revision that names them {@code orderline}, {@code tokenline} and
 * {@code `order_item`} builds what Hibernate validates, writes and reads, and {@code check} then
 * finds nothing to do; before, {@code check} asked for a quoted {@code "OrderLine"} that
 * Hibernate's SQL never names. MariaDB keeps a table's case whether quoted or not, so there the
 * revision names {@code OrderLine} as written (a package of its own): no one spelling of an
 * unquoted mixed-case table serves MariaDB and the databases that fold names.
 */
class CommandModeNamingProcessTests {

	@TempDir
	Path directory;

	@DatabaseTest({ DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void namesHibernateLeavesUnquotedAreFoldedAndQuotedOnesKept(TestDatabase db) throws Exception {
		List<String> settings = settings(db);
		Run upgrade = run(settings, "retort", "upgrade", "head");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();

		Run check = run(settings, "retort", "check");
		assertThat(check.status()).as(check.output()).isZero();
		assertThat(check.output()).contains("No new upgrade operations detected");

		List<String> application = new ArrayList<>(settings);
		application.add("--spring.jpa.hibernate.ddl-auto=validate");
		application.add("--naming.write-rows=true");
		application.add("--spring.main.web-application-type=none");
		Run started = run(application);
		assertThat(started.status()).as(started.output()).isZero();
		assertThat(started.output()).contains("naming: read back 1 order line and 1 order item");
	}

	/** The database, and the naming the application maps its entities with. */
	private List<String> settings(TestDatabase db) {
		List<String> settings = new ArrayList<>(new SampleProcesses(this.directory).datasourceArguments(db));
		settings.add("--spring.jpa.hibernate.naming.physical-strategy="
				+ "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
		if (db.kind() == DatabaseKind.MARIADB) {
			settings.add("--retort.revisions-package=dev.retort.fixture.naming.mariadb");
		}
		return settings;
	}

	private Run run(List<String> settings, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(arguments));
		command.addAll(settings);
		return new SampleProcesses(this.directory).start(NamingApplication.class, List.of(), command)
			.await(Duration.ofMinutes(2));
	}

}
