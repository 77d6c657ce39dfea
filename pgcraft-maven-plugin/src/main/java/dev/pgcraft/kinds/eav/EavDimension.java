package dev.pgcraft.kinds.eav;

import dev.pgcraft.model.config.EavDimensionConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.plugins.PkPlugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <eav>}: entity-attribute-value. {@code S.T_entity} holds the entities, {@code S.T_attribute} every value
 * ever written (one row per attribute change), and the view {@code S.T} one column per attribute with its current
 * value; writes go through the view's INSTEAD OF triggers. A foreign key to an eav dimension references
 * {@code T_entity(id)}.
 */
public final class EavDimension implements DimensionKind {

    @Override
    public String kind() {
        return EavDimensionConfig.KIND;
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new PkPlugin(PkType.IDENTITY), new EavTablesPlugin(), new EavViewPlugin());
    }

    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        String entity = EavStorage.entityTable(name);
        return new ReferenceTarget(ObjectId.table(schema, entity), PrimaryKey.COLUMN, ObjectId.constraint(schema,
                entity, PrimaryKey.constraintName(entity, PrimaryKey.COLUMN)));
    }

    @Override
    public Map<String, String> generatedColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(PrimaryKey.COLUMN, "the entity key; its type comes from <pk type=\"…\"/>");
        columns.put(EavStorage.CREATED_AT, "when the entity was inserted");
        return columns;
    }

    /** An attribute is a row of the attribute log: no foreign key per attribute, no index on the view's columns. */
    @Override
    public void check(DimensionSpec dimension, List<Problem> problems) {
        String qualified = dimension.qualifiedName();
        for (ColumnSpec column : dimension.columns()) {
            if (column.references() != null) {
                problems.add(Problem.at(where(column.location()), "PGC-CONFIG-EAV-REFERENCES",
                        "Column \"" + column.name() + "\" of <eav> dimension " + qualified + " declares references=\""
                                + column.references() + "\", but an eav attribute is a row of an attribute log, "
                                + "which cannot hold a foreign key for one attribute.",
                        "Remove references=\"…\", or move the column to a <simple> or <appendOnly> dimension."));
            }
        }
        for (IndexSpec index : dimension.indexes()) {
            problems.add(Problem.at(where(index.location()), "PGC-CONFIG-EAV-INDEX",
                    "<index> in <eav> dimension " + qualified + ": the view's columns are lookups in the "
                            + "attribute log, which an index declared on them could not speed up.",
                    "Remove the <index>; for a unique attribute write unique=\"true\" on its <column>, which "
                            + "pgcraft enforces with a unique index on the attribute's current values."));
        }
    }

    private static SourceLocation where(SourceLocation location) {
        return location != null ? location : SourceLocation.of("pgcraft.xml");
    }

    @Override
    public ObjectId relation(String schema, String name) {
        return ObjectId.view(schema, name);
    }
}
