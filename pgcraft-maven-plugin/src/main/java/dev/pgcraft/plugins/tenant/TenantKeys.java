package dev.pgcraft.plugins.tenant;

import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.ModelContext;
import dev.pgcraft.model.spi.ModelPlugin;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.List;
import java.util.Optional;

/**
 * Phase (c): for every foreign key from one tenant dimension to another, a second foreign key
 * {@code fk__t__tenant_col__ref} on (tenant, column) to (tenant, key) of the referenced table, over a
 * {@code UNIQUE (tenant, key)} ({@code uq__ref__tenant_key}) added to that table: a row can reference only rows of
 * its own tenant. It sits beside the dimension's own foreign key, which keeps the declared ON DELETE/ON UPDATE
 * (the composite one is NO ACTION: SET NULL on it would null the tenant); with MATCH SIMPLE a NULL reference is
 * not checked by either. A reference to or from a dimension without the tenant on its key table (an excluded
 * dimension, an eav one) stays as declared.
 *
 * @param column the tenant column
 */
record TenantKeys(String column) implements ModelPlugin {

    @Override
    public String name() {
        return TenantFactory.ELEMENT;
    }

    @Override
    public void apply(ModelContext context) {
        for (DimensionSurface surface : context.surfaces()) {
            Optional<Table> from = keyTable(context, surface.qualifiedName());
            if (from.isEmpty()) {
                continue;
            }
            for (DimensionSurface.Reference reference : surface.references()) {
                ReferenceTarget target = reference.target();
                if (keyTable(context, reference.dimension()).isEmpty()) {
                    continue;
                }
                Table to = (Table) context.object(target.table()).orElseThrow();
                String unique = ObjectNames.derived("uq", to.name(), List.of(column, target.keyColumn()));
                context.add(Constraint.unique(to.schema(), to.name(), unique, List.of(column, target.keyColumn())));
                Table table = from.get();
                context.add(Constraint.foreignKey(table.schema(), table.name(),
                        ObjectNames.foreignKey(table.name(), List.of(column, reference.column()), to.name()),
                        List.of(column, reference.column()), to.id(), List.of(column, target.keyColumn()),
                        ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION,
                        ObjectId.constraint(to.schema(), to.name(), unique)));
            }
        }
    }

    /** The table holding the dimension's key (and its foreign keys), if it has the tenant column. */
    private Optional<Table> keyTable(ModelContext context, String dimension) {
        return context.object(context.referenceTarget(dimension).table())
                .filter(Table.class::isInstance).map(Table.class::cast)
                .filter(table -> table.column(column).isPresent());
    }
}
