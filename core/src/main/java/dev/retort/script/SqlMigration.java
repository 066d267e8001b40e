package dev.retort.script;

import java.util.List;

import dev.retort.Migration;
import dev.retort.Operations;

/**
 * The {@link Migration} of a {@code .sql} revision: hands each statement of a section to
 * {@link Operations} as raw SQL.
 */
final class SqlMigration implements Migration {

	private final List<String> upgradeStatements;

	private final List<String> downgradeStatements;

	SqlMigration(List<String> upgradeStatements, List<String> downgradeStatements) {
		this.upgradeStatements = upgradeStatements;
		this.downgradeStatements = downgradeStatements;
	}

	@Override
	public void upgrade(Operations op) {
		execute(op, this.upgradeStatements);
	}

	@Override
	public void downgrade(Operations op) {
		execute(op, this.downgradeStatements);
	}

	private static void execute(Operations op, List<String> statements) {
		// Becomes statements.forEach(op::sql) once Operations offers raw SQL (operations issue).
		throw new UnsupportedOperationException("Operations has no raw SQL operation yet");
	}

}
