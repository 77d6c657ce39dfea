package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ConstraintType;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.ObjectNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites changes to tables that already hold rows so they take no long lock that blocks writes (the policy, in
 * one place):
 * <ul>
 *   <li>an index on an existing table is built {@code CONCURRENTLY}, and one dropped from a table that stays is
 *       dropped {@code CONCURRENTLY}, both outside the transaction;</li>
 *   <li>a CHECK or FOREIGN KEY on an existing table is added {@code NOT VALID} in the transaction (a brief lock)
 *       and validated outside it (rows stay readable and writable meanwhile);</li>
 *   <li>a UNIQUE constraint on an existing table gets its index built {@code CONCURRENTLY} outside the
 *       transaction and is then attached to it ({@code ADD CONSTRAINT … UNIQUE USING INDEX}, a brief lock) —
 *       unless a foreign key of the same migration points at it, which needs it inside the transaction;</li>
 *   <li>NOT NULL on an existing column goes through a validated {@code CHECK (c IS NOT NULL)}, from which
 *       {@code SET NOT NULL} knows without a scan under an exclusive lock — unless the column's type changes too,
 *       since that rewrites the table anyway.</li>
 * </ul>
 * Objects on tables created by the same migration are left alone: an empty new table locks nobody. What is not
 * made safe here (a type change that rewrites, a PRIMARY KEY constraint, which builds its index under the lock) is
 * listed in docs/migrations.md.
 */
public final class SafeDdl {

    private SafeDdl() {
    }

    public static MigrationChanges split(List<Change> ordered) {
        Set<ObjectId> newTables = new HashSet<>();
        Set<ObjectId> droppedTables = new HashSet<>();
        for (Change change : ordered) {
            // A materialized view (re)created here is as new as a new table: its indexes lock nobody else.
            if (change instanceof Change.Create create && (create.object() instanceof Table
                    || create.object() instanceof View view && view.materialized())) {
                newTables.add(create.subject());
            } else if (change instanceof Change.Drop drop && (drop.object() instanceof Table
                    || drop.object() instanceof View view && view.materialized())) {
                droppedTables.add(drop.subject());
            }
        }
        Set<ObjectId> referencedKeys = new HashSet<>();
        for (Change change : ordered) {
            if (change instanceof Change.Create create && create.object() instanceof Constraint constraint
                    && constraint.type() == ConstraintType.FOREIGN_KEY) {
                referencedKeys.addAll(constraint.dependsOnIds());
            }
        }
        List<Change> transactional = new ArrayList<>();
        List<Change> nonTransactional = new ArrayList<>();
        for (Change change : ordered) {
            if (change instanceof Change.Create create && create.object() instanceof Index index
                    && !newTables.contains(tableOf(index))) {
                nonTransactional.add(new Change.CreateIndexConcurrently(index));
            } else if (change instanceof Change.Drop drop && drop.object() instanceof Index index
                    && !droppedTables.contains(tableOf(index))) {
                nonTransactional.add(new Change.DropIndexConcurrently(index));
            } else if (change instanceof Change.Create create && create.object() instanceof Constraint constraint
                    && validatable(constraint) && !newTables.contains(tableOf(constraint))) {
                transactional.add(new Change.AddConstraintNotValid(constraint));
                nonTransactional.add(new Change.ValidateConstraint(constraint));
            } else if (change instanceof Change.Create create && create.object() instanceof Constraint constraint
                    && constraint.type() == ConstraintType.UNIQUE && !newTables.contains(tableOf(constraint))
                    && !referencedKeys.contains(constraint.id())) {
                nonTransactional.add(new Change.AddUniqueConcurrently(constraint));
            } else if (change instanceof Change.AlterColumn alter && setsNotNullOnly(alter.from(), alter.to())) {
                Column nullable = withNullable(alter.to());
                if (!alter.from().equals(nullable)) {
                    transactional.add(new Change.AlterColumn(alter.table(), alter.from(), nullable));
                }
                String check = ObjectNames.derived("nn", alter.table().name(), List.of(alter.to().name()));
                transactional.add(new Change.AddNotNullCheck(alter.table(), alter.to(), check));
                nonTransactional.add(new Change.SetNotNullValidated(alter.table(), alter.to(), check));
            } else {
                transactional.add(change);
            }
        }
        return new MigrationChanges(transactional, nonTransactional);
    }

    private static boolean validatable(Constraint constraint) {
        return constraint.type() == ConstraintType.CHECK || constraint.type() == ConstraintType.FOREIGN_KEY;
    }

    private static boolean setsNotNullOnly(Column from, Column to) {
        return from.nullable() && !to.nullable() && from.type().equals(to.type());
    }

    private static Column withNullable(Column column) {
        return new Column(column.name(), column.type(), true, column.defaultValue(), column.identity());
    }

    private static ObjectId tableOf(Index index) {
        return index.onView() ? ObjectId.view(index.schema(), index.table()) : ObjectId.table(index.schema(), index.table());
    }

    private static ObjectId tableOf(Constraint constraint) {
        return ObjectId.table(constraint.schema(), constraint.table());
    }
}
