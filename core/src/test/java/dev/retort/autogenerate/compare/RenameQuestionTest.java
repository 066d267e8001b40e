package dev.retort.autogenerate.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenameQuestionTest {

	@Test
	void namesAgreeWhenTheirWordsDoOrOneNamesWordsBeginOrEndTheOthers() {
		assertThat(agree("first_name", "firstName")).isTrue();
		assertThat(agree("FIRST_NAME", "first_name")).isTrue();
		assertThat(agree("customer_phone", "customer_phones")).isTrue();
		assertThat(agree("street", "street_line")).isTrue();
		assertThat(agree("phone", "customer_phone")).isTrue();
		assertThat(agree("email_address", "email")).isTrue();
	}

	@Test
	void namesDifferOtherwise() {
		assertThat(agree("middle_name", "twitter_handle")).isFalse();
		assertThat(agree("display_name", "full_name")).isFalse();
		assertThat(agree("town", "city")).isFalse();
		assertThat(agree("name", "nickname")).isFalse();
		assertThat(agree("status", "state")).isFalse();
	}

	@Test
	void withoutATerminalOnlyRenamesWhoseNamesAgreeAreTaken() {
		assertThat(RenameQuestion.WHEN_NAMES_AGREE.confirm(new RenameQuestion.Rename("person", "middle_name",
				"twitter_handle"))).isFalse();
		assertThat(RenameQuestion.WHEN_NAMES_AGREE.confirm(new RenameQuestion.Rename("person", "middleName",
				"middle_name"))).isTrue();
		assertThat(CompareOptions.defaults().renameQuestion()).isSameAs(RenameQuestion.WHEN_NAMES_AGREE);
	}

	private static boolean agree(String from, String to) {
		return new RenameQuestion.Rename("t", from, to).namesAgree();
	}

}
