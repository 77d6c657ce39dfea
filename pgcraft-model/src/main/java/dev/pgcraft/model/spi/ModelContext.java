package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.ChangeNotice;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.RenameMap;

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

    /** Every object the dimensions and the earlier model-wide plugins built, in the order they were added. */
    List<DbObject> objects();

    /** What a foreign key to {@code schema.dimension} points at: the table holding its key. */
    ReferenceTarget referenceTarget(String qualifiedDimension);

    /**
     * The renames between this model and the one the user wrote: none for the model as written; for the model under
     * its previous names (which pgcraft also builds, to pair each renamed object with its new name) the model's
     * {@code previousName}s. An extension element always holds current names (a column list, a dimension name), so a
     * plugin maps them through this to the names of {@link #model()}:
     * {@code pendingRenames().previousColumn(pendingRenames().currentQualified(dimension), written)}.
     */
    default RenameMap pendingRenames() {
        return RenameMap.NONE;
    }

    /** Adds an object to the schema state. */
    void add(DbObject object);

    /** Records that the generated SQL needs at least this PostgreSQL major version. */
    void require(VersionRequirement requirement);

    /**
     * Asks {@code migrate} to send {@code notice} once at the end of a run that applied a migration changing an object
     * in one of its schemas (see {@link ChangeNotice}); PostgREST's schema cache reload is the example.
     */
    void notice(ChangeNotice notice);
}
