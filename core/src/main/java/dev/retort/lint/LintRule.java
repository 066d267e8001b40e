package dev.retort.lint;

import java.util.Optional;

import dev.retort.operations.Operation;

/**
 * A rule: one kind of statement that can take a live site down or lose data.
 */
public interface LintRule {

	/** The rule's id: kebab case, stable, named in the README's rule table. */
	String id();

	/** The hazard in the operation, if it has this rule's. */
	Optional<Hazard> check(Operation operation, LintContext context);

}
