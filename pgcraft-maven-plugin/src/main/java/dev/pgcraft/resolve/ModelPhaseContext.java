package dev.pgcraft.resolve;

import dev.pgcraft.model.schema.ChangeNotice;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spi.ModelContext;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a model-wide plugin sees: the model, every dimension's surface, and where its objects go. */
record ModelPhaseContext(ModelSpec model, List<DimensionSurface> surfaces, Consumer<DbObject> sink,
                         Consumer<VersionRequirement> requirements, Function<ObjectId, Optional<DbObject>> built,
                         Supplier<List<DbObject>> all,
                         Map<String, ReferenceTarget> targets, RenameMap pendingRenames,
                         Consumer<ChangeNotice> notices) implements ModelContext {

    @Override
    public void notice(ChangeNotice notice) {
        notices.accept(notice);
    }

    @Override
    public Optional<DbObject> object(ObjectId id) {
        return built.apply(id);
    }

    @Override
    public List<DbObject> objects() {
        return List.copyOf(all.get());
    }

    @Override
    public ReferenceTarget referenceTarget(String qualifiedDimension) {
        ReferenceTarget target = targets.get(qualifiedDimension);
        if (target == null) {
            throw new IllegalArgumentException("no dimension " + qualifiedDimension);
        }
        return target;
    }

    @Override
    public void add(DbObject object) {
        sink.accept(object);
    }

    @Override
    public void require(VersionRequirement requirement) {
        requirements.accept(requirement);
    }
}
