package dev.pgcraft.diff;

import java.util.List;

/**
 * The changes of one migration file in the two parts {@code migrate} runs differently.
 *
 * @param transactional    run in one transaction with the history row: all or nothing
 * @param nonTransactional run afterwards, one statement at a time ({@code CREATE INDEX CONCURRENTLY},
 *                         {@code VALIDATE CONSTRAINT}); each is safe to run again, so a failed migrate resumes here
 */
public record MigrationChanges(List<Change> transactional, List<Change> nonTransactional) {

    public MigrationChanges {
        transactional = List.copyOf(transactional);
        nonTransactional = List.copyOf(nonTransactional);
    }

    public boolean isEmpty() {
        return transactional.isEmpty() && nonTransactional.isEmpty();
    }

    /** Both parts, in the order they run. */
    public List<Change> all() {
        return java.util.stream.Stream.concat(transactional.stream(), nonTransactional.stream()).toList();
    }
}
