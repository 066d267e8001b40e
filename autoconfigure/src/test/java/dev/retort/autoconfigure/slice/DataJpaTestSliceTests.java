package dev.retort.autoconfigure.slice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

import dev.retort.autoconfigure.fixture.FixtureWebApplication;
import dev.retort.autoconfigure.fixture.Person;
import dev.retort.autoconfigure.fixture.PersonRepository;
import dev.retort.runtime.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} on its embedded database sees the schema the revisions built, with
 * Hibernate validating it.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = FixtureWebApplication.class)
class DataJpaTestSliceTests {

	@Autowired
	private PersonRepository people;

	@Autowired
	private Retort retort;

	@Test
	void theSliceRunsOnTheMigratedSchema() {
		this.people.save(new Person(7L, "Grace", "grace@example.com"));
		assertThat(this.people.findById(7L)).map(Person::getName).hasValue("Grace");
		assertThat(this.retort.current()).containsExactly("b2c3d4e5f6a1");
	}

}
