package dev.retort.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.retort.script.Direction;

/**
 * The history table read as the state of each step. A step's rows go through these states:
 * <ul>
 * <li>{@code RUNNING}: started where DDL commits as it goes, with how many of its statements
 * completed; left so, it shows a process that died;</li>
 * <li>{@code SUCCESS}: done, its version change committed;</li>
 * <li>{@code ROLLED_BACK}: failed inside a transaction that rolled back, so nothing of it
 * stayed: it counts as never started;</li>
 * <li>{@code FAILED}: failed outside a transaction, after the statements it counts: unfinished,
 * whatever that count, for the statement that failed may have partly applied.</li>
 * </ul>
 * A step that is {@code RUNNING} or {@code FAILED} stays unfinished until a later row of the
 * same revision and direction succeeds, or a stamp settles the database's state; any number
 * of rows may follow it (an earlier Retort let other commands run past it).
 */
final class StepJournal {

	private StepJournal() {
	}

	/**
	 * The oldest step the history shows unfinished, if any.
	 * @param rows the history, oldest first
	 * @param ranInTransaction whether a revision's steps run inside a transaction on this
	 * database: a {@code FAILED} row with no statement done, written for such a step by a Retort
	 * from before {@code ROLLED_BACK}, was rolled back
	 */
	static Optional<UnfinishedStep> unfinished(List<HistoryRow> rows, Predicate<String> ranInTransaction) {
		Map<String, HistoryRow> unfinished = new LinkedHashMap<>();
		for (HistoryRow row : rows) {
			if (HistoryRow.STAMP.equals(row.direction())) {
				unfinished.clear();
			}
			else if (HistoryRow.SUCCESS.equals(row.outcome())) {
				unfinished.remove(key(row));
			}
			else if (HistoryRow.RUNNING.equals(row.outcome()) || (HistoryRow.FAILED.equals(row.outcome())
					&& !(row.statementsDone() == 0 && ranInTransaction.test(row.revision())))) {
				unfinished.put(key(row), row);
			}
		}
		return unfinished.values().stream().findFirst().map(StepJournal::step);
	}

	private static String key(HistoryRow row) {
		return row.direction() + " " + row.revision();
	}

	private static UnfinishedStep step(HistoryRow row) {
		Direction direction = HistoryRow.DOWNGRADE.equals(row.direction()) ? Direction.DOWNGRADE : Direction.UPGRADE;
		return new UnfinishedStep(row.revision(), direction, row.statementsDone(), row.checksum(), row.error());
	}

}
