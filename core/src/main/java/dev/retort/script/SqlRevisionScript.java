package dev.retort.script;

import java.util.List;
import java.util.Objects;

import dev.retort.Migration;

/**
 * A revision written as a {@code .sql} file: a {@code -- retort:revision} header, then the
 * statements of its {@code -- retort:upgrade} and {@code -- retort:downgrade} sections.
 *
 * @param header the values of the header line
 * @param resource the file's resource path, as shown to the user
 * @param upgradeStatements the upgrade section, one entry per statement, without the semicolons
 * @param downgradeStatements the downgrade section, one entry per statement
 */
public record SqlRevisionScript(RevisionHeader header, String resource, List<String> upgradeStatements,
		List<String> downgradeStatements) implements RevisionScript {

	public SqlRevisionScript {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(resource, "resource");
		upgradeStatements = List.copyOf(upgradeStatements);
		downgradeStatements = List.copyOf(downgradeStatements);
	}

	@Override
	public RevisionScript withHeader(RevisionHeader header) {
		return new SqlRevisionScript(header, this.resource, this.upgradeStatements, this.downgradeStatements);
	}

	@Override
	public Kind kind() {
		return Kind.SQL;
	}

	@Override
	public String location() {
		return this.resource;
	}

	@Override
	public Migration newMigration() {
		return new SqlMigration(this.upgradeStatements, this.downgradeStatements);
	}

}
