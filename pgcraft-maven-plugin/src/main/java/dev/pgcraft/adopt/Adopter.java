package dev.pgcraft.adopt;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogDifference;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ScratchDatabases;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.diff.SafeDdl;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.embedded.LazyServer;
import dev.pgcraft.generate.FileSet;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.migrate.BaselineOptions;
import dev.pgcraft.migrate.BaselineResult;
import dev.pgcraft.migrate.Baseliner;
import dev.pgcraft.migrate.Checksum;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.prove.ServerViewProbe;
import dev.pgcraft.snapshot.MigrationChain;
import dev.pgcraft.snapshot.Snapshot;
import dev.pgcraft.snapshot.SnapshotCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes the snapshot of a database being adopted, after proving that it is the database's. Three steps, so the
 * caller can write the history row between the proof and the files (and remove the files if that fails):
 * {@link #plan} (nothing touched), {@link #prove} (a throwaway database on the given server, dropped again), and
 * {@link #write}.
 */
public final class Adopter {

    /** The description of the baseline file written when there is no migration yet. */
    public static final String BASELINE_SLUG = "baseline";

    private static final String LIVE = "database";
    private static final String MODEL = "model";

    private final Consumer<String> debug;

    /** @param debug receives plugin order and migration progress (logged at debug level) */
    public Adopter(Consumer<String> debug) {
        this.debug = debug;
    }

    /**
     * What will be written.
     *
     * @param state       the model's state: the snapshot's
     * @param fromScratch the model built from nothing, as a migration
     * @param baseline    the baseline file to write ({@code V<n>__baseline.sql}), or {@code null} when migrations
     *                    exist already (the snapshot then knows none of them: they were not generated)
     * @param schemas     the schemas the model owns: those compared
     */
    public record Plan(SchemaState state, String fromScratch, Path baseline, Set<String> schemas) {
    }

    /**
     * The whole adoption: plan (the model's views shaped on the server from {@code throwaway}), prove on that server
     * (stopped afterwards), write the snapshot (and baseline file), then the history row(s) by {@link Baseliner}; if
     * that refuses, the files are removed again, so a refused baseline leaves nothing behind.
     */
    public BaselineResult adopt(AdoptOptions options, BaselineOptions baseline,
                                Supplier<EmbeddedPostgresServer> throwaway, MigrationListener listener) {
        Plan plan;
        try (LazyServer server = new LazyServer(throwaway)) {
            plan = plan(options, new ServerViewProbe(() -> server.get().connectionSettings(), debug));
            listener.info("Comparing " + baseline.connection().safeUrl() + " with " + options.configDisplayName()
                    + " built from scratch on a throwaway embedded PostgreSQL " + server.get().serverVersion()
                    + " (schemas " + String.join(", ", plan.schemas()) + ")");
            prove(plan, options, baseline.connection(), server.get().connectionSettings());
        }
        List<Path> written = write(plan, options);
        BaselineResult result;
        try {
            result = new Baseliner().baseline(baseline, listener);
        } catch (RuntimeException e) {
            written.forEach(Adopter::deleteQuietly);
            throw e;
        }
        listener.info("The database is what the model builds; wrote " + written.stream()
                .map(path -> path.getFileName().toString()).collect(Collectors.joining(" and "))
                + ": the next pgcraft:generate writes only what changes after this"
                + (plan.baseline() == null ? "" : ", as version " + options.version().nextMajor()));
        return result;
    }

    /**
     * Loads the model and decides what to write, without a server: a model with views of its own is refused
     * ({@code PGC-VIEW-NEEDS-SERVER}), as only PostgreSQL can say what they read.
     */
    public Plan plan(AdoptOptions options) {
        return plan(options, ViewProbe.NONE);
    }

    /**
     * Loads the model and decides what to write, the model's views shaped by {@code views} as generate shapes them
     * (what each reads decides its place in the script, and the snapshot records it); refuses when a snapshot exists
     * or a version is needed.
     */
    public Plan plan(AdoptOptions options, ViewProbe views) {
        refuse(options);
        boolean noMigrations = MigrationScanner.versions(options.migrations()).isEmpty();
        SchemaState state = new FromScratch(debug).state(options.config(), options.configDisplayName(), views);
        MigrationVersion version = options.version();
        String title = noMigrations ? "V" + version + " (" + baselineName(version) + ")" : "from scratch";
        String script = new MigrationRenderer().render(title, options.configDisplayName(), state.requirements(),
                SafeDdl.split(ChangeOrder.order(Differ.diff(SchemaState.empty(), state))),
                GenerateOptions.DEFAULT_LOCK_TIMEOUT,
                List.of("Written by pgcraft:baseline: the database it adopted was at this state; there this file",
                        "never runs (it is the baseline). In a new database it builds the same schema."));
        return new Plan(state, script, noMigrations ? options.migrations().resolve(baselineName(version)) : null,
                schemas(state));
    }

    /** What an adoption needs before anything else (and before a server starts): no snapshot yet, and a version. */
    private static void refuse(AdoptOptions options) {
        Path snapshot = options.migrations().resolve(SnapshotCodec.FILE_NAME);
        if (Files.exists(snapshot)) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-SNAPSHOT-EXISTS",
                    snapshot + " exists already: generate keeps it up to date, and baseline does not replace it."
                            + " Nothing was written.",
                    "Run baseline without -Dpgcraft.baselineSnapshot=true; or, if that snapshot is not this model's"
                            + " (copied from elsewhere), delete it and run baseline again."));
        }
        if (options.version() == null && MigrationScanner.versions(options.migrations()).isEmpty()) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-SNAPSHOT-VERSION",
                    "there is no migration in " + options.migrations() + " yet, so baseline writes the model as "
                            + "V<version>__" + BASELINE_SLUG + ".sql, and pgcraft.baselineVersion is not set."
                            + " Nothing was written.",
                    "Set it, e.g. -Dpgcraft.baselineVersion=1: the database is at that version, and the next "
                            + "generate writes the version after it."));
        }
    }

    /**
     * Builds the model from scratch in a new database on {@code server}, reads both catalogs over the model's
     * schemas and refuses, naming each object, when the live database is not what the model builds.
     */
    public void prove(Plan plan, AdoptOptions options, ConnectionSettings live, ConnectionSettings server) {
        String name = "pgcraft_adopt_" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = null;
        List<CatalogDifference> differences;
        try {
            ConnectionSettings scratch = ScratchDatabases.create(server, name);
            folder = Files.createTempDirectory("pgcraft-adopt-");
            Files.writeString(folder.resolve("V1__from_scratch.sql"), plan.fromScratch(), StandardCharsets.UTF_8);
            new Migrator().migrate(new MigrateOptions(scratch, folder, options.historyTable(), null),
                    new MigrationListener() {
                        @Override
                        public void info(String message) {
                            debug.accept(message);
                        }
                    });
            CatalogReader reader = new CatalogReader(new TreeSet<>(List.of(
                    HistoryTable.named(options.historyTable()).displayName(),
                    HistoryTable.named(options.flywayTable()).displayName())));
            try (Connection model = scratch.open(); Connection database = live.open()) {
                differences = Catalog.compare(reader.read(model, plan.schemas()), reader.read(database, plan.schemas()));
            }
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-DATABASE",
                    "baseline failed comparing the model with " + live.safeUrl() + ": " + ServerError.of(e).describe(),
                    "Check the connection and that the role may read the catalog."), e);
        } catch (IOException e) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-TEMP",
                    "cannot write the model's script to a temporary folder: " + e.getMessage(),
                    "Check that the system temporary directory (java.io.tmpdir) is writable."), e);
        } finally {
            dropQuietly(server, name, folder);
        }
        if (!differences.isEmpty()) {
            String list = differences.stream().map(d -> "  " + d.describe(MODEL, LIVE).replace("\n", "\n  "))
                    .collect(Collectors.joining("\n", "\n", ""));
            throw new PgcraftException(Problem.of("PGC-BASELINE-SNAPSHOT-DIFFERENT",
                    live.safeUrl() + " is not what " + options.configDisplayName() + " builds, in the schemas "
                            + String.join(", ", plan.schemas()) + "; " + differences.size()
                            + (differences.size() == 1 ? " object differs:" : " objects differ:") + list
                            + "\nNothing was written.",
                    "Change the model until it describes the database (names included: pgcraft's names are in "
                            + "docs/naming.md), or change the database, then run baseline again. A snapshot that "
                            + "does not match would make the next generate write the wrong migration."));
        }
    }

    /** Writes the snapshot (and the baseline file, if any) as one; returns what it wrote. */
    public List<Path> write(Plan plan, AdoptOptions options) {
        Path snapshotFile = options.migrations().resolve(SnapshotCodec.FILE_NAME);
        FileSet files = new FileSet();
        Snapshot snapshot;
        List<Path> written = new ArrayList<>();
        if (plan.baseline() != null) {
            String script = plan.baseline().getFileName().toString();
            snapshot = Snapshot.initial().append(plan.state(), options.version().toString(), script,
                    Checksum.of(plan.fromScratch()));
            files.add(plan.baseline(), plan.fromScratch());
            written.add(plan.baseline());
        } else {
            snapshot = new Snapshot(plan.state(), List.of(), MigrationChain.START);
        }
        files.add(snapshotFile, SnapshotCodec.encode(snapshot)).commit();
        written.add(snapshotFile);
        return written;
    }

    private static String baselineName(MigrationVersion version) {
        return "V" + version + "__" + BASELINE_SLUG + ".sql";
    }

    /** The schemas the model puts objects into (roles belong to no schema). */
    private static Set<String> schemas(SchemaState state) {
        Set<String> schemas = new TreeSet<>();
        for (DbObject object : state.objects()) {
            if (object.id().kind() == ObjectKind.SCHEMA) {
                schemas.add(object.id().name());
            } else if (object.id().schema() != null) {
                schemas.add(object.id().schema());
            }
        }
        return schemas;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the refusal is what the user needs to see; a leftover file shows in git status
        }
    }

    private static void dropQuietly(ConnectionSettings server, String database, Path folder) {
        ScratchDatabases.dropQuietly(server, database);
        try {
            if (folder != null) {
                Files.deleteIfExists(folder.resolve("V1__from_scratch.sql"));
                Files.deleteIfExists(folder);
            }
        } catch (IOException ignored) {
            // a leftover file in the temporary directory is harmless
        }
    }
}
