package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.Table;

/**
 * One step of a migration. Whether a change can lose data is decided here, by its type, never by looking at
 * the SQL it renders to.
 */
public sealed interface Change {

    /** The object this change is about, used for ordering and messages. */
    ObjectId subject();

    /** Whether applying the change can lose data; only dropping tables and columns and narrowing types can. */
    default boolean destructive() {
        return false;
    }

    /** Creates an object that did not exist. */
    record Create(DbObject object) implements Change {
        @Override
        public ObjectId subject() {
            return object.id();
        }
    }

    /** Drops an object that is no longer in the model. */
    record Drop(DbObject object) implements Change {
        @Override
        public ObjectId subject() {
            return object.id();
        }

        /** Dropping a table loses its rows; dropping a role takes away every database's use of it. */
        @Override
        public boolean destructive() {
            return object instanceof Table || object instanceof Role;
        }
    }

    /**
     * Replaces an object's definition in place, keeping what depends on it (triggers, grants, views over it):
     * {@code CREATE OR REPLACE} for a function whose signature and result type stay and for a view that keeps its
     * columns and only adds new ones at the end, {@code ALTER ROLE} and role memberships for a role.
     */
    record Replace(DbObject from, DbObject to) implements Change {
        @Override
        public ObjectId subject() {
            return to.id();
        }
    }

    /** Renames a table ({@code previousName} on a dimension); its rows, constraints, indexes and grants stay. */
    record RenameTable(Table from, String newName) implements Change {
        @Override
        public ObjectId subject() {
            return from.id();
        }
    }

    /** Renames a column ({@code previousName} on a column) of a table, named as it is after any table rename. */
    record RenameColumn(Table table, String from, String to) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }
    }

    /**
     * Renames an object whose name derives from a renamed table or column (a constraint, an index, a view, a
     * trigger, a function), so it keeps what PostgreSQL built for it: an index is not rebuilt, a foreign key not
     * re-validated.
     */
    record Rename(DbObject from, DbObject to) implements Change {
        @Override
        public ObjectId subject() {
            return from.id();
        }
    }

    /** Adds a column to an existing table. */
    record AddColumn(Table table, Column column) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }
    }

    /** Drops a column of a table that stays. */
    record DropColumn(Table table, Column column) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }

        @Override
        public boolean destructive() {
            return true;
        }
    }

    /**
     * Changes a column's type, nullability or default in place. A type change that can lose data (a narrowing
     * one, see {@link TypeChange}) counts as destructive; widening, nullability and default changes do not.
     */
    record AlterColumn(Table table, Column from, Column to) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }

        @Override
        public boolean destructive() {
            return !TypeChange.keepsEveryValue(from.type(), to.type());
        }
    }

    /**
     * Adds a CHECK or FOREIGN KEY constraint to a table that already holds rows without checking them
     * ({@code NOT VALID}): only a brief lock. {@link ValidateConstraint} checks the rows afterwards, outside the
     * transaction, under a lock that lets reads and writes go on.
     */
    record AddConstraintNotValid(Constraint constraint) implements Change {
        @Override
        public ObjectId subject() {
            return constraint.id();
        }
    }

    /** Checks the existing rows against a constraint added {@code NOT VALID}. Safe to run again. */
    record ValidateConstraint(Constraint constraint) implements Change {
        @Override
        public ObjectId subject() {
            return constraint.id();
        }
    }

    /**
     * Builds an index on a table that already exists without blocking writes ({@code CONCURRENTLY}, outside a
     * transaction); first removes an invalid leftover of an earlier failed attempt, so it is safe to run again.
     */
    record CreateIndexConcurrently(Index index) implements Change {
        @Override
        public ObjectId subject() {
            return index.id();
        }
    }

    /**
     * Adds a UNIQUE constraint to a table that already holds rows without blocking writes while its index is built:
     * outside the transaction, {@code CREATE UNIQUE INDEX CONCURRENTLY} under the constraint's own name (an invalid
     * leftover of a failed attempt dropped first), then {@code ADD CONSTRAINT … UNIQUE USING INDEX}, which only
     * takes a brief lock to attach it. Safe to run again: each step is skipped when an earlier run got past it.
     */
    record AddUniqueConcurrently(Constraint constraint) implements Change {
        @Override
        public ObjectId subject() {
            return constraint.id();
        }
    }

    /** Drops an index of a table that stays without blocking reads and writes. Safe to run again. */
    record DropIndexConcurrently(Index index) implements Change {
        @Override
        public ObjectId subject() {
            return index.id();
        }
    }

    /**
     * First half of making an existing column NOT NULL without a long exclusive lock: a {@code CHECK (column IS
     * NOT NULL) NOT VALID} constraint named {@code checkName}, added in the transaction.
     */
    record AddNotNullCheck(Table table, Column column, String checkName) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }
    }

    /**
     * Second half, outside the transaction: validate the check (rows stay writable), then {@code SET NOT NULL},
     * which PostgreSQL proves from the validated check without scanning again, then drop the check. Safe to run
     * again.
     */
    record SetNotNullValidated(Table table, Column column, String checkName) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }
    }
}
