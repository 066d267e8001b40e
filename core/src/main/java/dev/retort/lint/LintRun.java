package dev.retort.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.retort.operations.Operation;

/**
 * One run's lint: revisions given in the order the run applies them, each linted knowing which
 * tables the run created before it (new and empty, so nothing done to them is a hazard).
 */
public final class LintRun {

	private final List<LintRule> rules;

	private final LintContext context;

	LintRun(List<LintRule> rules, LintContext context) {
		this.rules = rules;
		this.context = context;
	}

	/** The findings in the revision's upgrade, given as its operations. */
	public List<Finding> lint(String revision, List<Operation> upgrade) {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < upgrade.size(); i++) {
			Operation operation = upgrade.get(i);
			for (LintRule rule : this.rules) {
				if (Linter.ignored(operation, rule)) {
					continue;
				}
				Optional<Hazard> hazard = rule.check(operation, this.context);
				if (hazard.isPresent()) {
					findings.add(new Finding(revision, i + 1, rule.id(), Linter.describe(operation), hazard.get()));
				}
			}
			this.context.after(operation);
		}
		return findings;
	}

}
