package dev.pgcraft.generate;

import dev.pgcraft.diff.Change;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.migrate.Checksum;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.resolve.Resolver;
import dev.pgcraft.snapshot.Snapshot;
import dev.pgcraft.snapshot.SnapshotCodec;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code generate} pipeline: model → desired state → diff against the snapshot → ordered changes → SQL. Writes
 * nothing when nothing changed, and nothing at all when any step fails.
 */
public final class Generator {

    private final Consumer<String> debug;
    private final MigrationRenderer renderer = new MigrationRenderer();

    /** @param debug receives plugin and change order details (logged at debug level) */
    public Generator(Consumer<String> debug) {
        this.debug = debug;
    }

    /** Loads the model and the snapshot and computes what would be written, without writing. */
    public Plan plan(GenerateOptions options) {
        return plan(options, () -> MigrationScanner.scan(options.migrations()));
    }

    /**
     * As {@link #plan(GenerateOptions)}, with the migration files found by the caller: {@code check} lists them
     * without refusing duplicate versions, which it reports in its own words.
     */
    public Plan plan(GenerateOptions options, Supplier<List<MigrationFile>> scan) {
        PgcraftConfig config = ConfigLoader.load(options.config(), options.configDisplayName());
        SchemaState desired = new Resolver(debug).resolve(config);
        Path snapshotFile = options.migrations().resolve(SnapshotCodec.FILE_NAME);
        Snapshot snapshot = SnapshotCodec.read(snapshotFile, snapshotFile.toString()).orElse(Snapshot.initial());
        List<MigrationFile> existing = scan.get();
        List<Change> ordered = ChangeOrder.order(Differ.diff(snapshot.state(), desired));
        ordered.forEach(change -> debug.accept("change: " + change.getClass().getSimpleName() + " "
                + change.subject()));
        return new Plan(desired, snapshot, existing, ordered);
    }

    public GenerateResult generate(GenerateOptions options) {
        Plan plan = plan(options);
        if (plan.changes().isEmpty() && plan.desired().requirements().equals(
                plan.snapshot().state().requirements())) {
            return GenerateResult.upToDate();
        }
        refuseDestructive(plan.changes(), options);
        MigrationVersion version = plan.existing().stream().map(MigrationFile::version)
                .max(MigrationVersion::compareTo).map(MigrationVersion::nextMajor)
                .orElse(MigrationVersion.parse("1"));
        String script = "V" + version + "__" + Slug.of(options.message(), plan.snapshot().state().isEmpty())
                + ".sql";
        String sql = renderer.render("V" + version + " (" + script + ")", options.configDisplayName(),
                plan.desired().requirements(), plan.changes());

        Snapshot next = plan.snapshot().append(plan.desired(), version.toString(), script, Checksum.of(sql));
        Path migration = options.migrations().resolve(script);
        Path snapshotFile = options.migrations().resolve(SnapshotCodec.FILE_NAME);
        new FileSet().add(migration, sql).add(snapshotFile, SnapshotCodec.encode(next)).commit();
        return new GenerateResult(migration, snapshotFile, plan.changes());
    }

    private static void refuseDestructive(List<Change> changes, GenerateOptions options) {
        List<Change> destructive = Differ.destructive(changes);
        if (destructive.isEmpty() || options.allowDestructive()) {
            return;
        }
        String list = destructive.stream().map(Generator::describe).collect(Collectors.joining("\n    - ", "\n    - ", ""));
        throw new PgcraftException(Problem.of("PGC-GENERATE-DESTRUCTIVE",
                "the model change would lose data; nothing was written. Destructive changes:" + list,
                "If that is intended, run again with -Dpgcraft.allowDestructive=true."));
    }

    /** One change in a few words, for messages: {@code add column price to table dim.items}. */
    public static String describe(Change change) {
        if (change instanceof Change.Create create) {
            return "create " + create.subject().describe();
        }
        if (change instanceof Change.AddColumn add) {
            return "add column " + add.column().name() + " to " + add.subject().describe();
        }
        if (change instanceof Change.AlterColumn alter && !alter.destructive()) {
            return "change nullability or default of column " + alter.to().name() + " of "
                    + alter.subject().describe();
        }
        if (change instanceof Change.Drop drop) {
            return "drop " + drop.subject().describe();
        }
        if (change instanceof Change.DropColumn drop) {
            return "drop column " + drop.column().name() + " of " + drop.subject().describe();
        }
        if (change instanceof Change.AlterColumn alter) {
            return "change type of column " + alter.to().name() + " of " + alter.subject().describe() + " from "
                    + alter.from().type() + " to " + alter.to().type();
        }
        return change.getClass().getSimpleName() + " " + change.subject().describe();
    }

    /**
     * What {@code generate} would do: the desired state, the previous snapshot, the migration files already there,
     * and the ordered changes between the two states.
     */
    public record Plan(SchemaState desired, Snapshot snapshot, List<MigrationFile> existing, List<Change> changes) {
    }
}
