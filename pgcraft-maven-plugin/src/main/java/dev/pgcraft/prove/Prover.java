package dev.pgcraft.prove;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogDifference;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ScratchDatabases;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.diff.Change;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.generate.Candidate;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.generate.Proof;
import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.migrate.SqlScript;
import dev.pgcraft.migrate.SqlStatement;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.render.MigrationRenderer;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Proves a migration before {@code generate} writes it, on a throwaway PostgreSQL:
 * <ol>
 * <li>the model's state is built from scratch in a new database: every fragment of the model's SQL compiles there,
 * or every one PostgreSQL refuses is reported at its line:column in {@code pgcraft.xml} ({@link Refusals});</li>
 * <li>the existing migrations and then the new one are applied to a second database: the new file runs;</li>
 * <li>the two catalogs are compared, as {@code verify} does: the new file reaches the model's state.</li>
 * </ol>
 * Both databases are dropped afterwards, also on failure. The server is asked for only when there is something to
 * prove, so a run that writes nothing starts none. Within a {@link ProvingSession}, when the view probe has built the
 * model without its views for this generate, the first database is that one with the rest of the model added.
 */
public final class Prover implements Proof {

    private static final String NL = System.lineSeparator();
    private static final String SKIP = "-Dpgcraft.prove=false";

    private final Supplier<ConnectionSettings> server;
    private final Consumer<String> debug;
    /** Hands over the view probe's database of the model without its views, or {@code null} (see ProvingSession). */
    private final Supplier<ProvingSession.KeptBase> kept;

    /**
     * @param server a connection to a throwaway server as a role that may create databases (asked for lazily)
     * @param debug  receives progress (logged at debug level)
     */
    public Prover(Supplier<ConnectionSettings> server, Consumer<String> debug) {
        this(server, debug, () -> null);
    }

    /** As above, building on the database {@code kept} hands over, when it has one (see {@link ProvingSession}). */
    Prover(Supplier<ConnectionSettings> server, Consumer<String> debug, Supplier<ProvingSession.KeptBase> kept) {
        this.server = server;
        this.debug = debug;
        this.kept = kept;
    }

    /** @throws PgcraftException when PostgreSQL refuses the model's SQL or the migration; nothing is left behind */
    @Override
    public void prove(Candidate candidate) {
        ConnectionSettings admin = server.get();
        String prefix = "pgcraft_prove_" + UUID.randomUUID().toString().substring(0, 8);
        ProvingSession.KeptBase base = kept.get();
        String scratchName = base != null ? base.name() : prefix + "_scratch";
        String migratedName = prefix + "_migrated";
        try {
            String version = serverVersion(admin);
            refuseOlderServer(candidate, version);
            Built built = base == null ? null : buildOn(base, admin, candidate);
            if (built == null) {
                built = build(admin, scratchName, FromScratch.render(candidate.desired(),
                        candidate.configDisplayName(), "from scratch (proving " + candidate.script() + ")"));
            }
            ConnectionSettings scratch = built.database();
            Refusals refusals = new Refusals(candidate.fragments(), candidate.configDisplayName(), version);
            built.failures().forEach(failure -> refusals.add(failure, "the model built from scratch"));
            if (!refusals.isEmpty()) {
                throw new PgcraftException(refusals.problems());
            }
            ConnectionSettings migrated = create(admin, migratedName);
            applyExisting(migrated, candidate);
            run(migrated, candidate.sql()).ifPresent(failure -> {
                throw new PgcraftException(refused(failure, candidate, version, candidate.script()));
            });
            List<CatalogDifference> differences = compare(scratch, migrated, candidate.historyTable());
            if (!differences.isEmpty()) {
                throw new PgcraftException(diverges(candidate, differences));
            }
            debug.accept("proved " + candidate.script() + " on PostgreSQL " + version);
        } finally {
            ScratchDatabases.dropQuietly(admin, migratedName);
            ScratchDatabases.dropQuietly(admin, scratchName);
        }
    }

    /** A statement the server refused. */
    record Failure(SqlStatement statement, ServerError error) {
    }

    /**
     * Runs a generated script as migrate would, without a history table: its transactional part in one
     * transaction, then each non-transactional statement on its own.
     */
    static Optional<Failure> run(ConnectionSettings database, String script) {
        List<SqlStatement> statements = SqlScript.split(script);
        try (Connection connection = database.open()) {
            connection.setAutoCommit(false);
            for (SqlStatement statement : statements) {
                if (statement.nonTransactional() && !connection.getAutoCommit()) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.setEscapeProcessing(false);
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    return Optional.of(new Failure(statement, ServerError.of(e)));
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw databaseProblem("running a script", database, e);
        }
    }

    /** A database built from a script, and every statement of it PostgreSQL refused (none: built as written). */
    record Built(ConnectionSettings database, List<Failure> failures) {
    }

    /**
     * The model from scratch on the view probe's database of the model without its views: the rest of it (the views
     * and what is over them) created there, as {@link #build} would run it. The model that database holds is part of
     * the candidate's, so the rest is only creates; anything else (the base was not built for this candidate, or on
     * another server) drops that database and returns {@code null}: the whole model is built in a new one instead.
     */
    private Built buildOn(ProvingSession.KeptBase base, ConnectionSettings admin, Candidate candidate) {
        List<Change> rest = Differ.diff(base.base(), candidate.desired());
        if (!base.admin().equals(admin) || !rest.stream().allMatch(Change.Create.class::isInstance)) {
            ScratchDatabases.dropQuietly(base.admin(), base.name());
            return null;
        }
        debug.accept("proving on the model built for its views: " + rest.size() + " objects to add");
        String script = new MigrationRenderer().render("from scratch (proving " + candidate.script()
                        + "), the part over the model's views",
                candidate.configDisplayName(), candidate.desired().requirements(), ChangeOrder.order(rest));
        ConnectionSettings database = admin.withDatabase(base.name());
        if (run(database, script).isEmpty()) {
            return new Built(database, List.of());
        }
        // Each statement in a savepoint, to find every refusal; the failed run left the database as it was.
        return new Built(database, runAll(database, script));
    }

    /**
     * Creates database {@code name} and runs {@code script} in it. When PostgreSQL refuses a statement, the database
     * is made again and the script run with each statement in a savepoint ({@link #runAll}), so every refusal is found
     * in one run; only then, because a savepoint costs two more round trips a statement (seconds for a large model).
     */
    static Built build(ConnectionSettings admin, String name, String script) {
        ConnectionSettings database = create(admin, name);
        if (run(database, script).isEmpty()) {
            return new Built(database, List.of());
        }
        ScratchDatabases.dropQuietly(admin, name);
        database = create(admin, name);
        return new Built(database, runAll(database, script));
    }

    /**
     * Runs a generated script as {@link #run} does, but goes on past a refused statement (each runs in a savepoint of
     * the transaction), so every statement PostgreSQL refuses is found in one run; returns them in order.
     */
    static List<Failure> runAll(ConnectionSettings database, String script) {
        List<Failure> failures = new ArrayList<>();
        try (Connection connection = database.open()) {
            connection.setAutoCommit(false);
            for (SqlStatement statement : SqlScript.split(script)) {
                if (statement.nonTransactional() && !connection.getAutoCommit()) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
                boolean inTransaction = !connection.getAutoCommit();
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.setEscapeProcessing(false);
                    if (inTransaction) {
                        jdbc.execute("SAVEPOINT pgcraft_statement");
                    }
                    try {
                        jdbc.execute(statement.sql());
                    } catch (SQLException e) {
                        failures.add(new Failure(statement, ServerError.of(e)));
                        if (inTransaction) {
                            jdbc.execute("ROLLBACK TO SAVEPOINT pgcraft_statement");
                        }
                        continue;
                    }
                    if (inTransaction) {
                        jdbc.execute("RELEASE SAVEPOINT pgcraft_statement");
                    }
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return failures;
        } catch (SQLException e) {
            throw databaseProblem("running a script", database, e);
        }
    }

    private void applyExisting(ConnectionSettings database, Candidate candidate) {
        if (!Files.isDirectory(candidate.migrations()) || MigrationScanner.versions(candidate.migrations()).isEmpty()) {
            return;
        }
        try {
            new Migrator().migrate(new MigrateOptions(database, candidate.migrations(), candidate.historyTable(), null),
                    new MigrationListener() {
                        @Override
                        public void info(String message) {
                            debug.accept(message);
                        }
                    });
        } catch (PgcraftException e) {
            Problem first = e.problems().get(0);
            throw new PgcraftException(Problem.at(first.location(), "PGC-PROVE-HISTORY",
                    "The migrations already in " + candidate.migrations().getFileName() + " fail on a new database, "
                            + "so the next one cannot be proven; nothing was written." + NL + first.message(),
                    "Run pgcraft:verify to see what differs and restore the edited file, or run generate with "
                            + SKIP + "."), e);
        }
    }

    private static Problem refused(Failure failure, Candidate candidate, String version, String script) {
        return refused(failure, candidate.fragments(), candidate.configDisplayName(), version, script);
    }

    /**
     * A refused statement as a problem: at the model fragment it holds (PGC-PROVE-SQL), or the statement itself.
     *
     * @param script what the statement belongs to, for the message
     */
    static Problem refused(Failure failure, List<ModelFragment> fragments, String configDisplayName, String version,
                           String script) {
        ServerError error = failure.error();
        Optional<FragmentLocator.Located> located = FragmentLocator.locate(failure.statement().sql(),
                error.position(), fragments);
        String hint = error.hint() == null || error.hint().isBlank() ? "" : "PostgreSQL's hint: " + error.hint() + " ";
        String outside = "If it uses objects made outside pgcraft (an extension's functions or types), create them "
                + "in a migration of your own first, or run generate with " + SKIP + ".";
        if (located.isPresent()) {
            ModelFragment fragment = located.get().fragment();
            int position = located.get().position();
            return Problem.at(fragment.location(), "PGC-PROVE-SQL",
                    "PostgreSQL " + version + " refuses the " + fragment.what() + ": " + error.message()
                            + (error.sqlState() == null ? "" : " (SQLSTATE " + error.sqlState() + ")")
                            + (position > 0 ? ", at character " + position + " of \"" + fragment.text() + "\"" : "")
                            + (error.detail() == null || error.detail().isBlank() ? "" : NL + "Detail: " + error.detail())
                            + NL + "Nothing was written.",
                    hint + "Correct the SQL in " + configDisplayName + ". " + outside);
        }
        SqlStatement statement = failure.statement();
        return Problem.of("PGC-PROVE-STATEMENT",
                "PostgreSQL " + version + " refuses " + script + " in the statement at line " + statement.line()
                        + ": " + error.describe() + NL + "Statement: " + statement.brief() + NL + "Nothing was written.",
                hint + "If the statement holds SQL from " + configDisplayName + ", correct it there; "
                        + "otherwise this is a pgcraft defect: please report it with the model change. " + outside);
    }

    private static Problem diverges(Candidate candidate, List<CatalogDifference> differences) {
        String listed = differences.stream().map(d -> d.describe("from-scratch database", "migrated database"))
                .collect(Collectors.joining(NL));
        return Problem.of("PGC-PROVE-DIVERGES", candidate.script() + " applied after the existing migrations does not "
                        + "reach the model's state; nothing was written. Differences:" + NL + listed,
                "This is a pgcraft defect: please report it with the model change. To write the file anyway (and "
                        + "check it yourself) run generate with " + SKIP + ".");
    }

    private static List<CatalogDifference> compare(ConnectionSettings scratch, ConnectionSettings migrated,
                                                   String historyTable) {
        CatalogReader reader = new CatalogReader(Set.of(HistoryTable.named(historyTable).displayName()));
        try (Connection expected = scratch.open(); Connection actual = migrated.open()) {
            List<Catalog> both = reader.readUserSchemas(expected, actual);
            return Catalog.compare(both.get(0), both.get(1));
        } catch (SQLException e) {
            throw databaseProblem("reading the catalogs", scratch, e);
        }
    }

    /**
     * A model that needs a newer PostgreSQL than the one proving runs on cannot be proven there, and the version
     * chosen for proving is the one the user deploys to: say so rather than let the first statement fail.
     */
    private static void refuseOlderServer(Candidate candidate, String version) {
        int major = Integer.parseInt(version.replaceFirst("^(\\d+).*", "$1"));
        candidate.desired().requirements().stream().filter(requirement -> requirement.major() > major)
                .max(Comparator.naturalOrder()).ifPresent(requirement -> {
                    throw new PgcraftException(Problem.of("PGC-PROVE-SERVER-TOO-OLD", "The model needs PostgreSQL "
                            + requirement.major() + " or newer (" + requirement.reason() + "), but proving runs on "
                            + "PostgreSQL " + version + " (pgcraft.embedded.version); nothing was written.",
                            "Prove on the version you deploy to: set pgcraft.embedded.version to " + requirement.major()
                                    + " or newer if you deploy to it, or change the setting in "
                                    + candidate.configDisplayName() + " that needs it."));
                });
    }

    static String serverVersion(ConnectionSettings admin) {
        try (Connection connection = admin.open(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1).split(" ")[0];
        } catch (SQLException e) {
            throw databaseProblem("asking for the server version", admin, e);
        }
    }

    static ConnectionSettings create(ConnectionSettings admin, String database) {
        try {
            return ScratchDatabases.create(admin, database);
        } catch (SQLException e) {
            throw databaseProblem("creating database " + database, admin, e);
        }
    }

    static PgcraftException databaseProblem(String doing, ConnectionSettings settings, SQLException e) {
        return new PgcraftException(Problem.of("PGC-PROVE-DATABASE",
                "proving failed " + doing + " on " + settings.safeUrl() + ": " + ServerError.of(e).describe(),
                "Check the embedded server's log in target/pgcraft-embedded, or run generate with " + SKIP + "."), e);
    }
}
