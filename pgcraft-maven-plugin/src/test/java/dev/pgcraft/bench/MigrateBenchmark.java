package dev.pgcraft.bench;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.Info;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.migrate.SqlStatement;
import dev.pgcraft.testing.TestPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * migrate and info against the floor, on an embedded PostgreSQL 18: the first migrate of many small files onto an
 * empty database against {@code psql} sending the same statements (each file's statements and its history row in
 * one transaction), and a migrate and an info with everything applied against scanning the files alone.
 *
 * <p>Arguments: {@code [files] [runs]}, default 500 files, best of 3 runs after a warm-up. Each file creates a
 * table with a primary key and comments on it, after the {@code SET LOCAL lock_timeout} generated files start with.
 * Needs {@code psql} on the path for the floor; without it, that line says so.
 */
public final class MigrateBenchmark {

    private static final String HISTORY = "public.pgcraft_schema_history";

    private MigrateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("pgcraft-migrate-bench");
        try {
            writeFiles(dir, count);
            run(dir, count, new Measurement(runs));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void run(Path dir, int count, Measurement measurement) throws Exception {
        Migrator migrator = new Migrator();
        AtomicReference<ConnectionSettings> database = new AtomicReference<>();
        double first = measurement.bestMillis(() -> database.set(TestPostgres.freshDatabase()),
                () -> migrator.migrate(MigrateOptions.of(database.get(), dir), MigrationListener.NONE));
        Path script = dir.resolveSibling(dir.getFileName() + ".psql");
        try {
            Files.writeString(script, psqlScript(dir), StandardCharsets.UTF_8);
            double floor = psqlMillis(measurement, script, database);
            if (floor > 0) {
                measurement.record("first migrate, " + count + " files", first, "psql, the same statements", floor);
            } else {
                System.out.println("psql not found: first migrate of " + count + " files took "
                        + String.format(Locale.ROOT, "%.0f ms", first) + ", no floor to compare with");
            }
        } finally {
            Files.deleteIfExists(script);
        }
        ConnectionSettings applied = TestPostgres.freshDatabase();
        migrator.migrate(MigrateOptions.of(applied, dir), MigrationListener.NONE);
        double scan = measurement.bestMillis(() -> MigrationScanner.scanAll(dir));
        double noop = measurement.bestMillis(() -> migrator.migrate(MigrateOptions.of(applied, dir),
                MigrationListener.NONE));
        double info = measurement.bestMillis(() -> Info.info(applied, dir, HISTORY));
        measurement.record("no-op migrate, " + count + " applied", noop, "scanning the files alone", scan);
        measurement.record("info, " + count + " applied", info, "scanning the files alone", scan);
        measurement.report().forEach(System.out::println);
        System.out.printf(Locale.ROOT, "first migrate: %.2f ms per file%n", first / count);
    }

    /** Writes {@code count} small migration files into {@code dir}; {@code migrate-process.sh} uses the same files. */
    static void writeFiles(Path dir, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            String sql = "-- pgcraft migration V" + i + "\n\nSET LOCAL lock_timeout = '5s';\n\n"
                    + (i == 1 ? "CREATE SCHEMA bench;\n\n" : "")
                    + "CREATE TABLE bench.t" + i + " (\n    id bigint PRIMARY KEY,\n    title text NOT NULL\n);\n\n"
                    + "COMMENT ON TABLE bench.t" + i + " IS 'Table " + i + "';\n";
            Files.writeString(dir.resolve("V" + i + "__table_" + i + ".sql"), sql, StandardCharsets.UTF_8);
        }
    }

    /**
     * What migrate sends, as one psql script: the history table, then per file a transaction with the file's
     * statements and the insert of its row.
     */
    static String psqlScript(Path dir) {
        StringBuilder script = new StringBuilder("\\set ON_ERROR_STOP 1\n")
                .append("CREATE TABLE ").append(HISTORY).append(" (installed_rank integer PRIMARY KEY, version text,"
                        + " description text, type text, script text, checksum text, installed_by text,"
                        + " installed_on timestamptz NOT NULL DEFAULT now(), execution_time integer, success boolean"
                        + " NOT NULL);\n");
        for (MigrationFile file : MigrationScanner.scan(dir)) {
            script.append("BEGIN;\n");
            for (SqlStatement statement : file.statements()) {
                script.append(statement.sql()).append(";\n");
            }
            script.append("INSERT INTO ").append(HISTORY).append(" (installed_rank, version, description, type,"
                            + " script, checksum, installed_by, execution_time, success) SELECT"
                            + " coalesce(max(installed_rank), 0) + 1, '").append(file.version()).append("', '")
                    .append(file.description()).append("', 'SQL', '").append(file.script()).append("', '")
                    .append(file.checksum()).append("', current_user, 0, true FROM ").append(HISTORY)
                    .append(" RETURNING installed_rank;\nCOMMIT;\n");
        }
        return script.toString();
    }

    /** The best time of psql running the script on a fresh database, or -1 without psql. */
    private static double psqlMillis(Measurement measurement, Path script, AtomicReference<ConnectionSettings> database)
            throws Exception {
        if (Stream.of(System.getenv("PATH").split(":")).noneMatch(p -> Files.isExecutable(Path.of(p, "psql")))) {
            return -1;
        }
        return measurement.bestMillis(() -> database.set(TestPostgres.freshDatabase()), () -> {
            Matcher url = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(database.get().url());
            if (!url.find()) {
                throw new IllegalStateException("cannot read host and port from " + database.get().safeUrl());
            }
            ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-h", url.group(1), "-p", url.group(2),
                    "-U", database.get().user(), "-d", url.group(3), "-f", script.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true);
            psql.environment().put("PGPASSWORD", database.get().password() == null ? "" : database.get().password());
            Process process = psql.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed (exit " + process.exitValue() + ")");
            }
        });
    }
}
