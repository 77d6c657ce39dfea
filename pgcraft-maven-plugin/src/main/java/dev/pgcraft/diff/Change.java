package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;

/**
 * One step of a migration. Whether a change can lose data is decided here, by its type, never by looking at
 * the SQL it renders to.
 */
public sealed interface Change {

    /** The object this change is about, used for ordering and messages. */
    ObjectId subject();

    /** Whether applying the change can lose data. */
    boolean destructive();

    /** Creates an object that did not exist. */
    record Create(DbObject object) implements Change {
        @Override
        public ObjectId subject() {
            return object.id();
        }

        @Override
        public boolean destructive() {
            return false;
        }
    }

    /** Drops an object that is no longer in the model. */
    record Drop(DbObject object) implements Change {
        @Override
        public ObjectId subject() {
            return object.id();
        }

        @Override
        public boolean destructive() {
            return object instanceof Table;
        }
    }

    /** Adds a column to an existing table. */
    record AddColumn(Table table, Column column) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }

        @Override
        public boolean destructive() {
            return false;
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
     * Changes a column's type, nullability or default in place. A type change may lose data (narrowing), so it
     * counts as destructive; nullability and default changes do not.
     */
    record AlterColumn(Table table, Column from, Column to) implements Change {
        @Override
        public ObjectId subject() {
            return table.id();
        }

        @Override
        public boolean destructive() {
            return !from.type().equals(to.type());
        }
    }
}
