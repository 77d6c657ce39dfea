package dev.pgcraft.kinds.eav;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DataKey;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of an {@code <eav>} dimension: {@code S.T_entity} (key, created_at) and the attribute log
 * {@code S.T_attribute}, with what keeps reads of the current state independent of the history's length.
 *
 * <ul>
 * <li>{@code ux__T_attribute__entity_id_attribute_name}: a unique index on {@code (entity_id, attribute_name)} over the current rows
 *     only ({@code superseded_at IS NULL}). It makes "at most one current value per attribute" a table rule, and it
 *     is what the view reads: an entity costs one probe per attribute, a full scan touches current rows only.</li>
 * <li>{@code ck__T_attribute__one_value}: at most one value column is set. A row with none records a change to
 *     NULL; which column a row uses is the attribute's declared type, chosen by the triggers (a table check for it
 *     would change, and be validated over all history, whenever an attribute is added or changes type).</li>
 * <li>{@code ix__T_attribute__entity_id_id}: one entity's history in order, for {@code T_history}.</li>
 * <li>{@code unique="true"} on an attribute: a unique index on its value column over its current rows.</li>
 * </ul>
 * Each attribute's name is a {@link DataKey} of the log, so that renaming a column rewrites its rows.
 * {@code entity_id} is deliberately no foreign key: deleting an entity keeps its attribute rows as history.
 */
@Requires("pk")
@Produces("eav")
@SingletonGroup("table")
public final class EavTablesPlugin implements Plugin {

    @Override
    public String name() {
        return "eav-tables";
    }

    @Override
    public void apply(PluginContext context) {
        String schema = context.schema();
        Column key = context.get(CoreKeys.PK).column();
        EavStorage storage = EavStorage.of(schema, context.dimension(), key);
        Table entity = storage.entity();
        Table log = storage.attribute();
        context.add(entity);
        context.add(Constraint.primaryKey(schema, entity.name(), PrimaryKey.constraintName(entity.name(), key.name()),
                List.of(key.name())));
        context.add(log);
        context.add(Constraint.primaryKey(schema, log.name(),
                PrimaryKey.constraintName(log.name(), EavStorage.ATTRIBUTE_ID), List.of(EavStorage.ATTRIBUTE_ID)));
        if (!storage.valueColumnNames().isEmpty()) {
            context.add(Constraint.check(schema, log.name(), ObjectNames.derived("ck", log.name(), List.of("one_value")),
                    "num_nonnulls(" + storage.valueColumnNames().stream().map(SqlText::ident)
                            .collect(Collectors.joining(", ")) + ") <= 1"));
        }
        String current = SqlText.ident(EavStorage.SUPERSEDED_AT) + " IS NULL";
        context.add(new Index(schema, log.name(), ObjectNames.derived("ux", log.name(), List.of(EavStorage.ENTITY_ID, EavStorage.ATTRIBUTE_NAME)), true,
                "btree", List.of(IndexKey.column(EavStorage.ENTITY_ID), IndexKey.column(EavStorage.ATTRIBUTE_NAME)),
                current));
        context.add(new Index(schema, log.name(), ObjectNames.derived("ix", log.name(),
                List.of(EavStorage.ENTITY_ID, EavStorage.ATTRIBUTE_ID)), false, "btree",
                List.of(IndexKey.column(EavStorage.ENTITY_ID), IndexKey.column(EavStorage.ATTRIBUTE_ID)), null));
        for (ColumnSpec column : context.dimension().columns()) {
            // The attribute's name in the log: renaming the column (previousName) rewrites the rows holding it.
            context.add(new DataKey(schema, log.name(), EavStorage.ATTRIBUTE_NAME, column.name()));
        }
        for (ColumnSpec column : context.dimension().columns()) {
            if (column.unique()) {
                context.add(new Index(schema, log.name(), ObjectNames.derived("ux", log.name(),
                        List.of(column.name())), true, "btree",
                        List.of(IndexKey.column(storage.valueColumns().get(column.name()))),
                        SqlText.ident(EavStorage.ATTRIBUTE_NAME) + " = " + SqlText.literal(column.name()) + " AND "
                                + current));
            }
        }
        context.put(EavStorage.KEY, storage);
    }
}
