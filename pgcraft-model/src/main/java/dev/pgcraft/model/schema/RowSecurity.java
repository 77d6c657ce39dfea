package dev.pgcraft.model.schema;

import java.util.Set;

/**
 * Row-level security switched on for a table ({@code ALTER TABLE … ENABLE ROW LEVEL SECURITY}); its
 * {@link Policy}s then decide which rows each role sees and writes. Kept apart from the table so that switching it
 * off (when the last policy goes) is a change of its own, never a rewrite of the table.
 *
 * @param on    the table
 * @param force whether the table's owner is subject to the policies too ({@code FORCE ROW LEVEL SECURITY})
 */
public record RowSecurity(ObjectId on, boolean force) implements DbObject {

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.ROW_SECURITY, on.schema(), on.name(), "row level security");
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(on);
    }
}
