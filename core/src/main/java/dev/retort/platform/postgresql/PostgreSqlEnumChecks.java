package dev.retort.platform.postgresql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.retort.RetortException;
import dev.retort.ddl.RenderContext;
import dev.retort.ddl.RenderedStep;
import dev.retort.ddl.SqlLiterals;
import dev.retort.operations.Operation;

/**
 * Finds and drops the check constraint that restricts a PostgreSQL enum column (a
 * {@code varchar}) to its values: the check on that one column that compares it with a list,
 * whatever its name. Online the constraint is read from {@code pg_constraint} and dropped by
 * its name; offline a {@code DO} block looks it up when the script runs. Either way a column
 * without such a check fails the change, naming the column.
 */
final class PostgreSqlEnumChecks {

	/** How PostgreSQL prints {@code c in ('A','B')}: {@code ((c)::text = ANY ((ARRAY['A'::...])))}. */
	private static final Pattern LIST_CHECK = Pattern.compile("(?is).*=\\s*ANY\\s*\\(.*ARRAY\\[.*");

	/** How PostgreSQL prints {@code c in ('A')}, an enum of one value: {@code (((c)::text = 'A'::text))}. */
	private static final String ONE_VALUE_CHECK = "^CHECK \\(+\"?[^\"()]+\"?\\)?(::[a-z ]+)? = '([^']|'')*'(::[a-z ]+)?\\)+$";

	private static final Pattern ONE_VALUE = Pattern.compile(ONE_VALUE_CHECK, Pattern.CASE_INSENSITIVE);

	private static final String CHECKS_ON_COLUMN = """
			select con.conname, pg_get_constraintdef(con.oid) as definition
			from pg_constraint con
			join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
			where con.conrelid = to_regclass(?) and con.contype = 'c' and cardinality(con.conkey) = 1
			      and a.attname = ?
			order by con.conname""";

	private final PostgreSqlRenderer renderer;

	private final Operation.AlterColumn op;

	private final RenderContext context;

	PostgreSqlEnumChecks(PostgreSqlRenderer renderer, Operation.AlterColumn op, RenderContext context) {
		this.renderer = renderer;
		this.op = op;
		this.context = context;
	}

	/** The statements that drop the column's enum check. */
	List<RenderedStep> drop() {
		return this.context.isOnline() ? dropFound() : List.of(dropWhenRun());
	}

	private List<RenderedStep> dropFound() {
		String table = this.renderer.table(this.op.table(), this.context);
		List<RenderedStep> steps = new ArrayList<>();
		try (PreparedStatement statement = this.context.connection().prepareStatement(CHECKS_ON_COLUMN)) {
			statement.setString(1, table);
			statement.setString(2, this.renderer.identifiers().stored(this.op.column()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (isEnumCheck(rows.getString(2))) {
						steps.add(new RenderedStep.Sql(this.renderer.alterTable(this.op.table(), this.context)
								+ " drop constraint " + this.renderer.identifiers().quote(rows.getString(1))));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new RetortException("Cannot read the check constraints of " + columnName() + " from pg_constraint: "
					+ ex.getMessage(), ex);
		}
		if (steps.isEmpty()) {
			throw new RetortException(missing());
		}
		return steps;
	}

	private RenderedStep dropWhenRun() {
		SqlLiterals literals = this.renderer.literals();
		String table = literals.string(this.renderer.table(this.op.table(), this.context));
		String column = literals.string(this.renderer.identifiers().stored(this.op.column()));
		String query = CHECKS_ON_COLUMN.replaceFirst("\\?", Matcher.quoteReplacement(table))
			.replaceFirst("\\?", Matcher.quoteReplacement(column));
		return new RenderedStep.Sql("do $retort$\n"
				+ "declare\n"
				+ "  found_check record;\n"
				+ "  dropped boolean := false;\n"
				+ "begin\n"
				+ "  for found_check in " + query.replace("\n", "\n    ") + "\n"
				+ "  loop\n"
				+ "    if found_check.definition ~* '=\\s*ANY\\s*\\(.*ARRAY\\['\n"
				+ "        or found_check.definition ~* " + literals.string(ONE_VALUE_CHECK) + " then\n"
				+ "      execute format('alter table %s drop constraint %I', " + table + ", found_check.conname);\n"
				+ "      dropped := true;\n"
				+ "    end if;\n"
				+ "  end loop;\n"
				+ "  if not dropped then\n"
				+ "    raise exception '%', " + literals.string(missing()) + ";\n"
				+ "  end if;\n"
				+ "end\n"
				+ "$retort$");
	}

	private static boolean isEnumCheck(String definition) {
		return LIST_CHECK.matcher(definition).matches() || ONE_VALUE.matcher(definition.strip()).matches();
	}

	private String missing() {
		return "Column " + columnName() + " is to change from an enum, whose values PostgreSQL restricts with a check"
				+ " constraint, but no check constraint on the column compares it with a list of values; check that"
				+ " the column is the enum existingType(...) says it is, or drop existingType(...) if it is not";
	}

	private String columnName() {
		return this.op.table() + "." + this.op.column();
	}

}
