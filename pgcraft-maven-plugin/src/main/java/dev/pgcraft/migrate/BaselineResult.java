package dev.pgcraft.migrate;

import java.util.List;

/**
 * What one baseline wrote.
 *
 * @param version   the version the database is now at in the history table
 * @param takenOver the scripts whose Flyway history rows were copied (in Flyway's order); empty for a plain
 *                  baseline, which writes one {@code BASELINE} row
 */
public record BaselineResult(MigrationVersion version, List<String> takenOver) {

    public BaselineResult {
        takenOver = List.copyOf(takenOver);
    }
}
