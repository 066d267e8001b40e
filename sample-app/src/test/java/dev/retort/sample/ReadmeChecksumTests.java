package dev.retort.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.retort.operations.Checksums;
import dev.retort.sample.migrations.V0002_AddIsActiveToUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code /actuator/migrations} example shows the sample's second revision with the
 * checksum that revision records.
 */
class ReadmeChecksumTests {

	private static final Pattern QUOTED = Pattern.compile("\\{\"id\":\"419b366a45aa\".*?\"checksum\":\"([^\"]*)\"",
			Pattern.DOTALL);

	@Test
	void quotesTheChecksumTheSampleRecords() throws Exception {
		String readme = Files.readString(Path.of("").toAbsolutePath().resolveSibling("README.md"));
		Matcher quoted = QUOTED.matcher(readme);

		assertThat(quoted.find()).as("the README's endpoint example of revision 419b366a45aa").isTrue();
		assertThat(quoted.group(1)).isEqualTo(Checksums.of(new V0002_AddIsActiveToUser()::upgrade));
	}

}
