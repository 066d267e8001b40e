/**
 * Fifty revisions in a line, each creating a table and logging itself in {@code conc_applied}:
 * eight processes migrating at once must run each exactly once.
 */
package dev.retort.sample.concurrency;
