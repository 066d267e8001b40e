package dev.retort.platform.h2;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.engine.jdbc.env.spi.AnsiSqlKeywords;
import org.junit.jupiter.api.Test;

import dev.retort.ddl.H2KeywordNamesTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words H2's renderer keeps in their case when it quotes them are exactly its parser's
 * keywords, asked of the H2 on the class path.
 */
class H2SqlRendererTest {

	@Test
	void theWordsH2KeepsInTheirCaseAreItsParsersKeywords() throws Exception {
		Method isKeyword = Class.forName("org.h2.util.ParserUtil").getMethod("isKeyword", String.class, boolean.class);
		Set<String> words = new TreeSet<>(H2KeywordNamesTest.H2_KEYWORDS);
		new AnsiSqlKeywords().sql2003().forEach((word) -> words.add(word.toLowerCase(Locale.ROOT)));
		List<String> parsers = new ArrayList<>();
		for (String word : words) {
			if ((boolean) isKeyword.invoke(null, word.toUpperCase(Locale.ROOT), false)) {
				parsers.add(word);
			}
		}
		assertThat(H2SqlRenderer.KEYWORDS).containsExactlyInAnyOrderElementsOf(parsers);
	}

}
