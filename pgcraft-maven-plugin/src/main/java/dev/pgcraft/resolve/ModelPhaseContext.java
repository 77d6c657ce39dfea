package dev.pgcraft.resolve;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.ModelContext;

import java.util.List;
import java.util.function.Consumer;

/** What a model-wide plugin sees: the model, every dimension's surface, and where its objects go. */
record ModelPhaseContext(ModelSpec model, List<DimensionSurface> surfaces, Consumer<DbObject> objects,
                         Consumer<VersionRequirement> requirements) implements ModelContext {

    @Override
    public void add(DbObject object) {
        objects.accept(object);
    }

    @Override
    public void require(VersionRequirement requirement) {
        requirements.accept(requirement);
    }
}
