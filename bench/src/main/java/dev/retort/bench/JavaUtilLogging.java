package dev.retort.bench;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Discards java.util.logging, where Liquibase (and Hibernate without another binding) logs, as
 * slf4j-nop discards what Retort and Flyway log: no tool pays for writing to a console.
 */
final class JavaUtilLogging {

	private JavaUtilLogging() {
	}

	static void discard() {
		LogManager.getLogManager().reset();
		Logger.getLogger("").setLevel(Level.OFF);
	}

}
