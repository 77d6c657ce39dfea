package dev.pgcraft.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class or method that starts or uses a real PostgreSQL (through {@link TestPostgres}, the Verifier or
 * {@link Convergence}). Tagged {@value #TAG}, so {@code ./mvnw test -Pno-db} runs every other test without
 * starting PostgreSQL; in that run {@link TestPostgres} refuses to start a server and the binaries are off the class
 * path, so a test that needs a database but lacks this tag fails instead of passing unnoticed.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(DbTest.TAG)
public @interface DbTest {

    /** The JUnit tag, excluded by the {@code no-db} Maven profile. */
    String TAG = "db";
}
