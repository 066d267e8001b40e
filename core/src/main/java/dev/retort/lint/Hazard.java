package dev.retort.lint;

/**
 * What a rule found in one statement.
 *
 * @param severity how much it matters here
 * @param what what the statement locks or loses, and for how long it may
 * @param saferWay what to write instead
 */
public record Hazard(Severity severity, String what, String saferWay) {

}
