package dev.retort.script.discovery;

import dev.retort.RetortException;

/**
 * A {@code .sql} revision that cannot be read: a missing or malformed header, an unknown
 * directive, a quote or comment left open. The message names the file and the line.
 */
public class SqlRevisionFormatException extends RetortException {

	public SqlRevisionFormatException(String resource, int line, String problem) {
		super(resource + ", line " + line + ": " + problem);
	}

}
