package dev.retort.autoconfigure.command;

import java.io.Console;
import java.util.Locale;

import dev.retort.autogenerate.compare.RenameQuestion;

/**
 * Asks on the terminal whether an inferred rename is one, as Django's {@code makemigrations}
 * does; Enter takes the rename.
 */
final class ConsoleRenameQuestion implements RenameQuestion {

	private final Console console;

	ConsoleRenameQuestion(Console console) {
		this.console = console;
	}

	@Override
	public boolean confirm(Rename rename) {
		while (true) {
			String answer = this.console.readLine("%s [Y/n] ", rename.question());
			if (answer == null) {
				return true;
			}
			switch (answer.strip().toLowerCase(Locale.ROOT)) {
				case "", "y", "yes":
					return true;
				case "n", "no":
					return false;
				default:
					this.console.printf("Please answer y or n.%n");
			}
		}
	}

}
