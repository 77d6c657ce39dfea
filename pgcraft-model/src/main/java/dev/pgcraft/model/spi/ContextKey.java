package dev.pgcraft.model.spi;

import java.util.Objects;

/**
 * A typed key of the per-dimension plugin context. Its {@code name} is what {@link Requires} and
 * {@link Produces} refer to.
 */
public record ContextKey<T>(String name, Class<T> type) {

    public ContextKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> ContextKey<T> of(String name, Class<T> type) {
        return new ContextKey<>(name, type);
    }
}
