package dev.pgcraft.model.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most one plugin of this group per dimension (e.g. {@code pk}): a per-dimension plugin replaces a global one,
 * which replaces the dimension type's default; two in the same list are an error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SingletonGroup {
    String value();
}
