package dev.pgcraft.prove;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ScratchDatabases;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.migrate.SqlStatement;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.sql.SqlText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks PostgreSQL what the model's own views read and return: in a new database on the throwaway server, the rest
 * of the model is built from scratch, then the views are created over it and their dependencies
 * ({@code pg_depend} of their rewrite rules) and output columns ({@code pg_attribute}, {@code format_type}) are read
 * from the catalog. pgcraft parses no SQL of its own and nobody declares dependencies by hand.
 * <p>
 * The views' order among themselves is not known before: each is created in a savepoint, a view that reads one not
 * created yet (undefined_table) is tried again in the next round, until a round creates none; any other refusal, or
 * an undefined table that stays undefined, is reported at the view's {@code <query>} in {@code pgcraft.xml}, all of
 * them at once together with the model's other refused fragments ({@link Refusals}).
 * Materialized views are created {@code WITH NO DATA}: only their definition is needed. The database is dropped
 * afterwards, also on failure.
 */
public final class ServerViewProbe implements ViewProbe {

    private static final String UNDEFINED_TABLE = "42P01";
    // pg_depend rows of a view's rewrite rule that point at relations, without the view itself.
    private static final String READS = """
            SELECT DISTINCT n.nspname, c.relname, c.relkind
              FROM pg_rewrite r
              JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                              AND d.refclassid = 'pg_class'::regclass
              JOIN pg_class c ON c.oid = d.refobjid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE r.ev_class = ?::regclass AND d.refobjid <> r.ev_class""";
    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod)
              FROM pg_attribute a
             WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum""";

    private final Supplier<ConnectionSettings> server;
    private final Consumer<String> debug;
    /** Takes the database of the model without its views once the views are read; {@code null}: it is dropped. */
    private final Consumer<ProvingSession.KeptBase> keep;

    /**
     * @param server a connection to a throwaway server as a role that may create databases (asked for lazily)
     * @param debug  receives progress (logged at debug level)
     */
    public ServerViewProbe(Supplier<ConnectionSettings> server, Consumer<String> debug) {
        this(server, debug, null);
    }

    /** As above, handing the database built without the views to {@code keep} (see {@link ProvingSession}). */
    ServerViewProbe(Supplier<ConnectionSettings> server, Consumer<String> debug,
                    Consumer<ProvingSession.KeptBase> keep) {
        this.server = server;
        this.debug = debug;
        this.keep = keep;
    }

    @Override
    public Map<ObjectId, Shape> shapes(SchemaState base, List<View> views, List<ModelFragment> fragments,
                                       String source) {
        ConnectionSettings admin = server.get();
        String name = "pgcraft_views_" + UUID.randomUUID().toString().substring(0, 8);
        boolean kept = false;
        try {
            String version = Prover.serverVersion(admin);
            Prover.Built built = Prover.build(admin, name, FromScratch.render(base, source,
                    "the model without its views"));
            ConnectionSettings database = built.database();
            // Every refusal is reported at once: the model's other fragments first, then the views' queries.
            Refusals refusals = new Refusals(fragments, source, version);
            built.failures().forEach(failure -> refusals.add(failure, "the model built from scratch"));
            Map<ObjectId, Shape> shapes = new LinkedHashMap<>();
            try (Connection connection = database.open()) {
                connection.setAutoCommit(false);
                create(connection, views, refusals);
                if (!refusals.isEmpty()) {
                    throw new PgcraftException(refusals.problems());
                }
                for (View view : views) {
                    shapes.put(view.id(), shape(connection, view, base, views));
                }
                connection.rollback();
                debug.accept("PostgreSQL " + version + " says what " + views.size() + " views read and return");
            } catch (SQLException e) {
                throw Prover.databaseProblem("reading what the views read and return", database, e);
            }
            if (keep != null) {
                // Rolled back to the model without its views: what the prover builds the rest of the model on.
                keep.accept(new ProvingSession.KeptBase(admin, name, base));
                kept = true;
            }
            return shapes;
        } finally {
            if (!kept) {
                ScratchDatabases.dropQuietly(admin, name);
            }
        }
    }

    /**
     * Creates the views in rounds, each in a savepoint, until all exist or a round makes no progress; a view refused
     * for another reason than a relation that does not exist yet goes to {@code refusals}, and so does, at the end,
     * each one still missing a relation (as a view over a refused one when that explains it).
     */
    private static void create(Connection connection, List<View> views, Refusals refusals) throws SQLException {
        List<View> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            List<View> failed = new ArrayList<>();
            List<Prover.Failure> missing = new ArrayList<>();
            for (View view : pending) {
                String sql = "CREATE " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW "
                        + SqlText.qualified(view.schema(), view.name()) + " AS\n" + view.query()
                        + (view.materialized() ? "\nWITH NO DATA" : "");
                try (Statement statement = connection.createStatement()) {
                    statement.setEscapeProcessing(false);
                    statement.execute("SAVEPOINT pgcraft_view");
                    try {
                        statement.execute(sql);
                        statement.execute("RELEASE SAVEPOINT pgcraft_view");
                    } catch (SQLException e) {
                        statement.execute("ROLLBACK TO SAVEPOINT pgcraft_view");
                        Prover.Failure failure = new Prover.Failure(new SqlStatement(sql, 1, 1), ServerError.of(e));
                        if (UNDEFINED_TABLE.equals(failure.error().sqlState())) {
                            failed.add(view);
                            missing.add(failure);
                        } else {
                            refusals.add(failure, "the view " + view.schema() + "." + view.name());
                        }
                    }
                }
            }
            if (failed.size() == pending.size()) {
                // No progress: what they miss is not there. A view over a refused one (through any number of views)
                // is reported as such, so the ones a refusal explains go first, in as many passes as it takes.
                List<Integer> left = new ArrayList<>();
                for (int i = 0; i < failed.size(); i++) {
                    left.add(i);
                }
                boolean explained = true;
                while (explained) {
                    explained = false;
                    for (Iterator<Integer> it = left.iterator(); it.hasNext(); ) {
                        int i = it.next();
                        if (refusals.explains(missing.get(i))) {
                            refusals.add(missing.get(i), "the view " + failed.get(i).schema() + "."
                                    + failed.get(i).name());
                            it.remove();
                            explained = true;
                        }
                    }
                }
                left.forEach(i -> refusals.add(missing.get(i), "the view " + failed.get(i).schema() + "."
                        + failed.get(i).name()));
                return;
            }
            pending = failed;
        }
    }

    private static Shape shape(Connection connection, View view, SchemaState base, List<View> views)
            throws SQLException {
        String qualified = SqlText.qualified(view.schema(), view.name());
        TreeSet<ObjectId> reads = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(READS)) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String kind = rows.getString(3);
                    ObjectId id = "v".equals(kind) || "m".equals(kind) ? ObjectId.view(rows.getString(1),
                            rows.getString(2)) : ObjectId.table(rows.getString(1), rows.getString(2));
                    // Only the model's relations: a view over pg_catalog depends on nothing pgcraft changes.
                    if (base.contains(id) || views.stream().anyMatch(v -> v.id().equals(id))) {
                        reads.add(id);
                    }
                }
            }
        }
        List<ViewColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new ViewColumn(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return new Shape(List.copyOf(reads), columns);
    }
}
