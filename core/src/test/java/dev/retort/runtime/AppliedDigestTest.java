package dev.retort.runtime;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.retort.script.Direction;
import dev.retort.script.JavaRevisionScript;
import dev.retort.script.RevisionScript;
import dev.retort.script.Step;

import static org.assertj.core.api.Assertions.assertThat;

class AppliedDigestTest {

	private static final RevisionScript BASE = fingerprinted(Fixtures.Base.class, "00000000000000010000000000000002");

	private static final RevisionScript LEFT = fingerprinted(Fixtures.Left.class, "10000000000000002000000000000000");

	@Test
	void countsTheRevisionsAndCombinesTheirFingerprintsInAnyOrder() {
		assertThat(AppliedDigest.of(List.of(BASE, LEFT)).text()).isEqualTo("2:10000000000000012000000000000002");
		assertThat(AppliedDigest.of(List.of(LEFT, BASE))).isEqualTo(AppliedDigest.of(List.of(BASE, LEFT)));
		assertThat(AppliedDigest.of(List.of()).text()).isEqualTo("0:00000000000000000000000000000000");
	}

	@Test
	void aStepAddsOrRemovesItsRevision() {
		AppliedDigest base = AppliedDigest.of(List.of(BASE));
		AppliedDigest both = base.after(new Step(LEFT, Direction.UPGRADE, Set.of("aaaa00000001"), Set.of("bbbb00000002")));
		assertThat(both).isEqualTo(AppliedDigest.of(List.of(BASE, LEFT)));
		assertThat(both.after(new Step(LEFT, Direction.DOWNGRADE, Set.of("bbbb00000002"), Set.of("aaaa00000001"))))
			.isEqualTo(base);
	}

	@Test
	void aRevisionWithoutAFingerprintOfRetortsLeavesNoDigest() {
		RevisionScript unfingerprinted = JavaRevisionScript.of(Fixtures.Left.class);
		RevisionScript handWritten = fingerprinted(Fixtures.Left.class, "not a digest of thirty-two digits");
		assertThat(AppliedDigest.of(List.of(BASE, unfingerprinted))).isNull();
		assertThat(AppliedDigest.of(List.of(BASE, handWritten))).isNull();
		assertThat(AppliedDigest.of(List.of(BASE))
			.after(new Step(unfingerprinted, Direction.UPGRADE, Set.of("aaaa00000001"), Set.of("bbbb00000002"))))
			.isNull();
	}

	private static RevisionScript fingerprinted(Class<?> revision, String fingerprint) {
		JavaRevisionScript script = JavaRevisionScript.of(revision);
		return new JavaRevisionScript(script.header(), script.className(), script.classLoader(), fingerprint);
	}

}
