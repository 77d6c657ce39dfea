package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Baseliner#baseline} should do.
 *
 * @param connection      the database to adopt
 * @param migrationsDir   where the {@code V<n>__*.sql} files are
 * @param historyTable    {@code schema.table}; {@code null} means {@value HistoryTable#DEFAULT_NAME}
 * @param version         the version the database is at; {@code null} means: take over Flyway's history
 * @param description     the baseline row's description (and script); {@code null} means {@value #DEFAULT_DESCRIPTION}
 * @param flywayTable     Flyway's history table, {@code schema.table}; {@code null} means
 *                        {@value #DEFAULT_FLYWAY_TABLE}
 * @param lockWaitTimeout how long to wait for another run's lock; {@code null} means the default
 */
public record BaselineOptions(ConnectionSettings connection, Path migrationsDir, String historyTable,
                              MigrationVersion version, String description, String flywayTable,
                              Duration lockWaitTimeout) {

    /** The description Flyway would write is {@code << Flyway Baseline >>}; ours says who wrote it. */
    public static final String DEFAULT_DESCRIPTION = "<< pgcraft Baseline >>";

    /** Flyway's default history table, in the connection's first schema ({@code public} as a rule). */
    public static final String DEFAULT_FLYWAY_TABLE = "public.flyway_schema_history";

    public BaselineOptions {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        description = description == null || description.isBlank() ? DEFAULT_DESCRIPTION : description.strip();
        flywayTable = flywayTable == null || flywayTable.isBlank() ? DEFAULT_FLYWAY_TABLE : flywayTable.strip();
        lockWaitTimeout = LockWaitTimeout.orDefault(lockWaitTimeout);
    }

    /** Parses {@code pgcraft.baselineVersion} ({@code 3}, {@code V3}, {@code 2.1}); blank or {@code null}: none. */
    public static MigrationVersion parseVersion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String version = text.strip().replaceFirst("^[Vv]", "");
        if (!MigrationVersion.isValid(version)) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-VERSION",
                    "pgcraft.baselineVersion is '" + text.strip() + "', which is not a migration version",
                    "Give the version the database is at, as in the file names: e.g. -Dpgcraft.baselineVersion=3 "
                            + "for V3__….sql (or 2.1 for V2_1__….sql)."));
        }
        return MigrationVersion.parse(version);
    }
}
