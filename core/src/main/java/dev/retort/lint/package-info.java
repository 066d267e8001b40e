/**
 * Lint: what a revision's statements lock or lose on a live database, and the safer way.
 * Rules shared by every database are here ({@link dev.retort.lint.SharedRules}); those of one
 * database live in its platform's package and come through
 * {@link dev.retort.platform.DatabasePlatform#lintRules()}.
 */
package dev.retort.lint;
