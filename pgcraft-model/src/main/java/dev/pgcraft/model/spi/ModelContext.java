package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.ModelSpec;

import java.util.List;
import java.util.Optional;

/** What a {@link ModelPlugin} sees: the model and the surface of every dimension built. */
public interface ModelContext {

    /** The model as the dimensions were built from it (after transforms). */
    ModelSpec model();

    /** Every dimension's surface, in document order. */
    List<DimensionSurface> surfaces();

    /** The surface of {@code schema.dimension}. */
    default Optional<DimensionSurface> surface(String qualified) {
        return surfaces().stream().filter(s -> s.qualifiedName().equals(qualified)).findFirst();
    }

    /** Adds an object to the schema state. */
    void add(DbObject object);

    /** Records that the generated SQL needs at least this PostgreSQL major version. */
    void require(VersionRequirement requirement);
}
