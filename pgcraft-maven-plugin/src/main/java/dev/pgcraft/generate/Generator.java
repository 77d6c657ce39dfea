package dev.pgcraft.generate;

import dev.pgcraft.diff.Change;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.diff.Renames;
import dev.pgcraft.diff.SafeDdl;
import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.load.ModelFragments;
import dev.pgcraft.migrate.Checksum;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.load.ModelSpecs;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ChangeNotice;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.resolve.Resolver;
import dev.pgcraft.snapshot.OlderFormats;
import dev.pgcraft.snapshot.Snapshot;
import dev.pgcraft.snapshot.SnapshotCodec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code generate} pipeline: model → desired state → diff against the snapshot → ordered changes → SQL. Writes
 * nothing when nothing changed, and nothing at all when any step fails.
 */
public final class Generator {

    private final Consumer<String> debug;
    private final Registry registry;
    private final ViewProbe views;
    private final MigrationRenderer renderer = new MigrationRenderer();

    /** With the built-in kinds and plugins. */
    public Generator(Consumer<String> debug) {
        this(debug, Registry.builtin());
    }

    /**
     * @param debug    receives plugin and change order details (logged at debug level)
     * @param registry the kinds and plugins to build the model with
     */
    public Generator(Consumer<String> debug, Registry registry) {
        this(debug, registry, ViewProbe.NONE);
    }

    /**
     * @param views what asks PostgreSQL about the model's own views whose query or what they read changed
     *              ({@link ViewProbe#NONE} without a server: such a view is then an error)
     */
    public Generator(Consumer<String> debug, Registry registry, ViewProbe views) {
        this.debug = debug;
        this.registry = registry;
        this.views = views;
    }

    /** Loads the model and the snapshot and computes what would be written, without writing. */
    public Plan plan(GenerateOptions options) {
        return plan(options, () -> MigrationScanner.versions(options.migrations()));
    }

    /**
     * As {@link #plan(GenerateOptions)}, with the versions of the migration files found by the caller: {@code check}
     * lists the files without refusing duplicate versions, which it reports in its own words.
     */
    public Plan plan(GenerateOptions options, Supplier<List<MigrationVersion>> scan) {
        Path snapshotFile = options.migrations().resolve(SnapshotCodec.FILE_NAME);
        return plan(options, scan, SnapshotCodec.read(snapshotFile, snapshotFile.toString()));
    }

    /**
     * As {@link #plan(GenerateOptions, Supplier)}, with the snapshot the caller has read already ({@code check} reads
     * it first to compare the files with it; reading a large one twice costs as much as planning).
     */
    public Plan plan(GenerateOptions options, Supplier<List<MigrationVersion>> scan, Optional<Snapshot> read) {
        PgcraftConfig config = ConfigLoader.load(options.config(), options.configDisplayName(), registry);
        ModelSpec model = ModelSpecs.of(config, registry);
        Resolver resolver = new Resolver(debug, registry);
        Resolver.Resolution current = resolver.resolveTraced(model);
        HistoryTableClash.refuse(current.state(), model, options.configDisplayName(), options.historyTable());
        Renames renames = PreviousNames.renames(model, current, resolver);
        Snapshot stored = read.orElse(Snapshot.initial());
        // What an earlier pgcraft could not record is taken from the model, so an upgrade alone writes nothing.
        Snapshot snapshot = new Snapshot(OlderFormats.complete(stored.state(), current.state().objects(),
                renames.pairs().stream().map(Renames.Pair::before).toList()), stored.migrations(), stored.chain());
        List<Problem> conflicts = PreviousNames.conflicts(model, snapshot.state());
        if (!conflicts.isEmpty()) {
            throw new PgcraftException(conflicts);
        }
        List<ModelFragment> fragments = ModelFragments.of(config, registry);
        SchemaState desired = ViewShapes.complete(model, current.state(), snapshot.state(), views, fragments,
                options.configDisplayName());
        renames = PreviousNames.shaped(renames, snapshot.state(), desired);
        List<MigrationVersion> existing = scan.get();
        List<Change> ordered = ChangeOrder.order(Differ.diff(snapshot.state(), desired, renames));
        ordered.forEach(change -> debug.accept("change: " + change.getClass().getSimpleName() + " "
                + change.subject()));
        // Without a change there is no undo file to write, and diffing the other way would find nothing either.
        List<Change> undo = ordered.isEmpty() ? List.of()
                : ChangeOrder.order(Differ.diff(desired, snapshot.state(), renames.inverse()));
        return new Plan(desired, snapshot, existing, ordered, undo, fragments);
    }

    /** Generates without proving: for the pipeline's own tests. */
    public GenerateResult generate(GenerateOptions options) {
        return generate(options, Proof.NONE);
    }

    /** Generates the next migration; {@code proof} sees it before anything is written and may refuse it. */
    public GenerateResult generate(GenerateOptions options, Proof proof) {
        Plan plan = plan(options);
        if (plan.changes().isEmpty() && plan.desired().requirements().equals(
                plan.snapshot().state().requirements())) {
            return GenerateResult.upToDate();
        }
        refuseDestructive(plan.changes(), options);
        MigrationVersion version = plan.existing().stream().max(MigrationVersion::compareTo)
                .map(MigrationVersion::nextMajor).orElse(MigrationVersion.parse("1"));
        String slug = Slug.of(options.message(), plan.snapshot().state().isEmpty());
        String script = "V" + version + "__" + slug + ".sql";
        List<String> notes = new ArrayList<>(notices(plan.desired(), plan.changes()));
        notes.addAll(RefreshDirectives.of(plan.desired(), plan.changes()));
        String sql = renderer.render("V" + version + " (" + script + ")", options.configDisplayName(),
                plan.desired().requirements(), SafeDdl.split(plan.changes()), options.lockTimeout(), notes);
        String undoScript = "U" + version + "__" + slug + ".sql";
        List<String> undoNotes = new ArrayList<>(undoNotes(plan.changes(), version));
        undoNotes.addAll(notices(plan.desired(), plan.undo()));
        undoNotes.addAll(RefreshDirectives.of(plan.snapshot().state(), plan.undo()));
        String undoSql = renderer.render("U" + version + " (" + undoScript + "): undoes V" + version,
                options.configDisplayName(), plan.snapshot().state().requirements(), SafeDdl.split(plan.undo()),
                options.lockTimeout(), undoNotes);

        proof.prove(new Candidate(plan.desired(), options.configDisplayName(), options.migrations(),
                options.historyTable() == null ? HistoryTable.DEFAULT_NAME : options.historyTable(), script, sql,
                plan.fragments()));
        Snapshot next = plan.snapshot().append(plan.desired(), version.toString(), script, Checksum.of(sql));
        Path migration = options.migrations().resolve(script);
        Path undo = options.migrations().resolve(undoScript);
        Path snapshotFile = options.migrations().resolve(SnapshotCodec.FILE_NAME);
        new FileSet().add(migration, sql).add(undo, undoSql).add(snapshotFile, SnapshotCodec.encode(next)).commit();
        return new GenerateResult(migration, snapshotFile, plan.changes(), undo);
    }

    /** The {@code pgcraft:notify} directives of the model's notices that {@code changes} concern, as header notes. */
    private static List<String> notices(SchemaState desired, List<Change> changes) {
        List<String> notes = new ArrayList<>();
        for (ChangeNotice notice : desired.notices()) {
            if (changes.stream().anyMatch(change -> notice.concerns(change.subject()))) {
                notes.add(MigrationRenderer.NOTIFY_DIRECTIVE.substring(3) + notice.channel() + " " + notice.payload());
            }
        }
        return notes;
    }

    /** Undo restores structure, not data: say so when the migration it undoes dropped some. */
    private static List<String> undoNotes(List<Change> forward, MigrationVersion version) {
        List<Change> destructive = Differ.destructive(forward);
        if (destructive.isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        notes.add("V" + version + " lost data; undoing it restores the structure, not the data:");
        destructive.forEach(change -> notes.add("  - " + describe(change)));
        return notes;
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
     * What {@code generate} would do: the desired state, the previous snapshot, the versions of the migrations there,
     * the ordered changes between the two states, the ordered changes back (the undo file), and the model's SQL
     * fragments (what a refusing server is pointed back to).
     */
    public record Plan(SchemaState desired, Snapshot snapshot, List<MigrationVersion> existing, List<Change> changes,
                       List<Change> undo, List<ModelFragment> fragments) {
    }
}
