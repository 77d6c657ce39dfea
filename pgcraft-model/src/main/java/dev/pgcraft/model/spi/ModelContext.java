package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
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

    /** An object the dimensions (or an earlier model-wide plugin) built. */
    Optional<DbObject> object(ObjectId id);

    /** What a foreign key to {@code schema.dimension} points at: the table holding its key. */
    ReferenceTarget referenceTarget(String qualifiedDimension);

    /** Adds an object to the schema state. */
    void add(DbObject object);

    /** Records that the generated SQL needs at least this PostgreSQL major version. */
    void require(VersionRequirement requirement);
}
