package dev.pgcraft.model.schema;

import java.util.Set;

/**
 * One database object pgcraft creates. Implementations are records: equality is value equality, which is what
 * the differ relies on to tell "unchanged" from "changed".
 */
public sealed interface DbObject
        permits Schema, Role, Table, Constraint, Index, View, SqlFunction, Trigger, RowSecurity, Policy, Grant,
        Revocation, Comment, DataKey {

    /** What the differ matches this object by. */
    ObjectId id();

    /** The objects that must exist before this one can be created (and must outlive it). */
    Set<ObjectId> dependsOn();

    /**
     * The dependencies PostgreSQL itself records (pg_depend), which decide the order of drops. The same as
     * {@link #dependsOn()} except where a dependency only matters at creation, such as a function body's tables.
     */
    default Set<ObjectId> catalogDependsOn() {
        return dependsOn();
    }
}
