package dev.retort.runtime;

import java.util.List;

/**
 * The statements a revision runs on a database, up and down.
 */
public record RevisionSql(List<String> upgrade, List<String> downgrade) {

	public RevisionSql {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

}
