package dev.retort.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs the test once per database, each time with a fresh {@link TestDatabase} parameter that is
 * dropped when the test ends:
 *
 * <pre class="code">
 * &#64;DatabaseTest
 * void createsTable(TestDatabase db) { ... }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
@ArgumentsSource(TestDatabasesProvider.class)
public @interface DatabaseTest {

	/** The databases to run on; all three by default. */
	DatabaseKind[] value() default { DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB };

}
