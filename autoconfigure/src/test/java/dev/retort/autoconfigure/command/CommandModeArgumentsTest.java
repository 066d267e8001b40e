package dev.retort.autoconfigure.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandModeArgumentsTest {

	@Test
	void onlyAFirstArgumentRetortSwitchesToCommandMode() {
		assertThat(CommandModeArguments.of()).isEmpty();
		assertThat(CommandModeArguments.of("--server.port=0")).isEmpty();
		assertThat(CommandModeArguments.of("upgrade", "retort")).isEmpty();
		assertThat(CommandModeArguments.of("retort")).hasValueSatisfying(
				(arguments) -> assertThat(arguments.verbArguments()).isEmpty());
	}

	@Test
	void springPropertiesBesideTheVerbAreLeftToSpringBoot() {
		assertThat(CommandModeArguments.of("retort", "--spring.profiles.active=prod", "revision", "-m",
				"Add is_active to User", "--retort.source-directory=/p/src/main/java", "--rev-id=abc", "--autogenerate",
				"--logging.level[dev.retort]=debug"))
			.hasValueSatisfying((arguments) -> assertThat(arguments.verbArguments()).containsExactly("revision", "-m",
					"Add is_active to User", "--rev-id=abc", "--autogenerate"));
	}

	@Test
	void aMessageThatLooksLikeAPropertyIsKeptWhenItIsAValue() {
		assertThat(CommandModeArguments.of("retort", "revision", "-m", "set a.b=c")).hasValueSatisfying(
				(arguments) -> assertThat(arguments.verbArguments()).containsExactly("revision", "-m", "set a.b=c"));
	}

	@Test
	void verboseIsSeenAnywhere() {
		assertThat(CommandModeArguments.of("retort", "upgrade", "head", "--verbose").orElseThrow().verbose()).isTrue();
		assertThat(CommandModeArguments.of("retort", "upgrade", "head").orElseThrow().verbose()).isFalse();
	}

}
