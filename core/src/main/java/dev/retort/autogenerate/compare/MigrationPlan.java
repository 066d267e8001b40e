package dev.retort.autogenerate.compare;

import java.util.List;

import dev.retort.operations.Operation;

/**
 * What autogenerate found and the revision that applies it: the differences, the upgrade that
 * removes them and the downgrade that restores the database as it was.
 *
 * @param differences what differs, from the entities' point of view
 * @param upgrade the operations in an order that runs
 * @param downgrade the exact inverse of the upgrade
 */
public record MigrationPlan(List<Difference> differences, List<PlannedOperation> upgrade,
		List<PlannedOperation> downgrade) {

	public MigrationPlan {
		differences = List.copyOf(differences);
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

	/** Whether the database already holds the entities' schema. */
	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	public List<Difference> destructiveDifferences() {
		return this.differences.stream().filter(Difference::isDestructive).toList();
	}

	public List<Operation> upgradeOperations() {
		return this.upgrade.stream().map(PlannedOperation::operation).toList();
	}

	public List<Operation> downgradeOperations() {
		return this.downgrade.stream().map(PlannedOperation::operation).toList();
	}

}
