package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link Repairer#repair} should do.
 *
 * @param connection       the database
 * @param migrationsDir    where the {@code V<n>__*.sql} files are
 * @param historyTable     {@code schema.table}; {@code null} means {@value HistoryTable#DEFAULT_NAME}
 * @param realignChecksums the versions whose changed files the user accepts as applied; empty for none
 * @param realignAll       whether every changed file is accepted ({@code pgcraft.repairChecksums=all})
 * @param lockWaitTimeout  how long to wait for another run's lock; {@code null} means the default
 */
public record RepairOptions(ConnectionSettings connection, Path migrationsDir, String historyTable,
                            Set<MigrationVersion> realignChecksums, boolean realignAll, Duration lockWaitTimeout) {

    public RepairOptions {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        realignChecksums = Set.copyOf(realignChecksums);
        lockWaitTimeout = LockWaitTimeout.orDefault(lockWaitTimeout);
    }

    /**
     * Parses {@code pgcraft.repairChecksums}: versions separated by commas, each with or without its {@code V}
     * ({@code V3,V4} or {@code 3, 4.1}), or {@code all}; blank or {@code null} means none.
     */
    public static RepairOptions withChecksums(ConnectionSettings connection, Path migrationsDir, String historyTable,
                                              String repairChecksums, Duration lockWaitTimeout) {
        String text = repairChecksums == null ? "" : repairChecksums.strip();
        if (text.equalsIgnoreCase("all")) {
            return new RepairOptions(connection, migrationsDir, historyTable, Set.of(), true, lockWaitTimeout);
        }
        Set<MigrationVersion> versions = new TreeSet<>();
        for (String part : text.split(",")) {
            String version = part.strip().replaceFirst("^[Vv]", "");
            if (part.isBlank()) {
                continue;
            }
            try {
                versions.add(MigrationVersion.parse(version));
            } catch (RuntimeException e) {
                throw new PgcraftException(Problem.of("PGC-REPAIR-CHECKSUMS",
                        "pgcraft.repairChecksums is '" + repairChecksums + "'; '" + part.strip()
                                + "' is not a migration version",
                        "List versions separated by commas, e.g. -Dpgcraft.repairChecksums=V3,V4, or write all."), e);
            }
        }
        return new RepairOptions(connection, migrationsDir, historyTable, versions, false, lockWaitTimeout);
    }

    boolean realigns(MigrationVersion version) {
        return realignAll || realignChecksums.contains(version);
    }
}
