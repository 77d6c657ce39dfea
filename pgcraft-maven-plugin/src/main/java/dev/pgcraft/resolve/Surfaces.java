package dev.pgcraft.resolve;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A built dimension's {@link DimensionSurface}, read from what its plugins produced rather than from what its kind
 * intends: a column a global plugin added to the table (timestamps, a tenant) is part of it because it is there.
 */
final class Surfaces {

    private Surfaces() {
    }

    /**
     * @param dimension the dimension as built (after model transforms)
     * @param asWritten the same dimension as the user wrote it: a column only a transform added is generated
     */
    static DimensionSurface of(DimensionSpec dimension, DimensionSpec asWritten, DimensionKind kind,
                               SchemaState.Builder state, Map<String, ReferenceTarget> targets) {
        ObjectId relation = kind.relation(dimension.schema(), dimension.name());
        Set<String> declared = asWritten.columns().stream().map(ColumnSpec::name).collect(Collectors.toSet());
        List<DimensionSurface.SurfaceColumn> columns = new ArrayList<>();
        state.get(relation).ifPresent(object -> {
            if (object instanceof Table table) {
                table.columns().forEach(c -> columns.add(new DimensionSurface.SurfaceColumn(c.name(),
                        "serial".equals(c.type()) ? "integer" : c.type(), !declared.contains(c.name()))));
            } else if (object instanceof View view) {
                view.columns().forEach(c -> columns.add(new DimensionSurface.SurfaceColumn(c.name(), c.type(),
                        !declared.contains(c.name()))));
            }
        });
        List<DimensionSurface.Reference> references = new ArrayList<>();
        for (ColumnSpec column : dimension.columns()) {
            if (column.references() != null) {
                references.add(new DimensionSurface.Reference(column.name(), column.references(),
                        targets.get(column.references())));
            }
        }
        String key = kind.referenceTarget(dimension.schema(), dimension.name()).keyColumn();
        return new DimensionSurface(dimension.kind(), dimension.schema(), dimension.name(), relation, columns,
                List.of(key), kind.verbs(), references);
    }
}
