package dev.retort.runtime;

import java.util.Arrays;

import dev.retort.Migration;
import dev.retort.Operations;
import dev.retort.Revision;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionGraph;

import static dev.retort.operations.Columns.column;
import static dev.retort.operations.types.Types.integer;
import static dev.retort.operations.types.Types.string;

/**
 * Small revisions for the runner's tests: a base, two branches and their merge; and a revision
 * that fails half-way, with its fix.
 */
public final class Fixtures {

	private Fixtures() {
	}

	static RevisionGraph graph(Class<?>... revisions) {
		return RevisionGraph.of(Arrays.stream(revisions).map(JavaRevisionScript::of).toList());
	}

	/** A revision that creates and drops one table named after itself. */
	abstract static class TableRevision implements Migration {

		private final String table;

		TableRevision(String table) {
			this.table = table;
		}

		@Override
		public void upgrade(Operations op) {
			op.createTable(this.table, column("id", integer()).primaryKey(), column("name", string(50)));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable(this.table);
		}

	}

	@Revision(id = "aaaa00000001", message = "Base")
	public static class Base extends TableRevision {

		public Base() {
			super("t_base");
		}

	}

	@Revision(id = "bbbb00000002", revises = "aaaa00000001", message = "Left", branchLabels = "left")
	public static class Left extends TableRevision {

		public Left() {
			super("t_left");
		}

	}

	@Revision(id = "cccc00000003", revises = "aaaa00000001", message = "Right")
	public static class Right extends TableRevision {

		public Right() {
			super("t_right");
		}

	}

	@Revision(id = "dddd00000004", revises = { "bbbb00000002", "cccc00000003" }, message = "Merge")
	public static class Merge extends TableRevision {

		public Merge() {
			super("t_merge");
		}

	}

	@Revision(id = "eeee00000005", revises = "aaaa00000001", message = "Fails half-way")
	public static class Failing implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_first", column("id", integer()).primaryKey());
			op.sql("insert into t_no_such_table values (1)");
			op.createTable("t_third", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_third");
			op.dropTable("t_first");
		}

	}

	@Revision(id = "eeee00000005", revises = "aaaa00000001", message = "Fails half-way, fixed")
	public static class Fixed implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_first", column("id", integer()).primaryKey());
			op.sql("insert into t_first values (1)");
			op.createTable("t_third", column("id", integer()).primaryKey());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_third");
			op.dropTable("t_first");
		}

	}

	@Revision(id = "aaaa00000001", message = "Base, changed after it was applied")
	public static class ChangedBase extends TableRevision {

		public ChangedBase() {
			super("t_base_changed");
		}

	}

	@Revision(id = "ffff00000006", revises = "aaaa00000001", message = "Fails at its last statement")
	public static class FailingLast implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_first", column("id", integer()).primaryKey());
			op.sql("insert into t_no_such_table values (1)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_first");
		}

	}

	/** Its last statement holds a question mark, which a driver may take for a parameter. */
	@Revision(id = "ffff00000006", revises = "aaaa00000001", message = "Question mark in the last statement")
	public static class QuestionMark implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("t_first", column("id", integer()).primaryKey(), column("name", string(50)));
			op.sql("insert into t_first (id, name) values (1, 'why?')");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_first");
		}

	}

	/** PostgreSQL only: its last statement uses jsonb's {@code ?} operator, which JDBC drivers may take for a parameter. */
	@Revision(id = "ffff00000007", revises = "ffff00000006", message = "Question mark operator in the last statement")
	public static class QuestionMarkOperator implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("insert into t_first (id, name) select 2, 'has a' where '{\"a\": 1}'::jsonb ? 'a'");
		}

		@Override
		public void downgrade(Operations op) {
			op.sql("delete from t_first where id = 2");
		}

	}

	/** Copies the history table as its statement finds it, to show what a step in progress leaves there. */
	@Revision(id = "ffff00000008", revises = "aaaa00000001", message = "Copies the history while it runs")
	public static class CopiesTheHistory implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.sql("create table t_seen as select revision, outcome from retort_history");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("t_seen");
		}

	}

	/** Its code throws before it asks for anything, as a revision with a bug in its Java does. */
	@Revision(id = "ffff00000009", revises = "aaaa00000001", message = "Throws in its own code")
	public static class ThrowsInItsCode implements Migration {

		@Override
		public void upgrade(Operations op) {
			throw new IllegalStateException("a bug in the revision's code");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
