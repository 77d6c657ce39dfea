package dev.pgcraft.model.spi;

/**
 * Phase (c): runs once after every dimension has been built, and sees each dimension's
 * {@link DimensionSurface} — what an API layer, a report or a view over several dimensions builds on.
 */
public interface ModelPlugin {

    /** A short, stable name for messages. */
    String name();

    void apply(ModelContext context);
}
