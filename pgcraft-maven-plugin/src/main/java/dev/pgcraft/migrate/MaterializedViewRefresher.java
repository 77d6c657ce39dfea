package dev.pgcraft.migrate;

import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refreshes the materialized views that the files of a run name ({@code -- pgcraft:refresh}), once each, after all
 * files and outside their transactions, still under the run's advisory lock.
 *
 * <p>Why after, and not in the file: generate creates such a view {@code WITH NO DATA}, so the file's transaction
 * holds its locks for the DDL alone, not for the minutes a fill over a large table can take, and a fill that fails
 * (a unique index the data breaks, a statement timeout) does not roll back the schema change with it.
 *
 * <p>What runs, per view: one that is not populated ({@code pg_class.relispopulated}, as after {@code WITH NO DATA})
 * gets a plain {@code REFRESH MATERIALIZED VIEW} — {@code CONCURRENTLY} is refused on such a view, and nobody can
 * read it yet anyway; a populated one in mode {@code concurrently} gets {@code REFRESH MATERIALIZED VIEW
 * CONCURRENTLY} (readers go on; it needs a unique index on plain columns of the view); a populated one in mode
 * {@code afterMigrate} a plain {@code REFRESH}, which holds an {@code ACCESS EXCLUSIVE} lock (readers wait) while it
 * runs. A view named but gone by the end of the run (a later file dropped it) is skipped, with a line saying so.
 *
 * <p>Order: a view over another one (directly, or through plain views) is refreshed after it, read from the catalog
 * ({@code pg_rewrite}, {@code pg_depend}) when the files have run; otherwise by name. A dependency hidden in a
 * function body is not in the catalog and so not seen.
 *
 * <p>A failure stops the refreshes and the run, with a message that the files are applied and recorded and the
 * {@code REFRESH} statements still to run by hand: running migrate again would not retry them, as it finds nothing
 * to apply.
 */
final class MaterializedViewRefresher {

    /** A view to refresh: the last request for it, and the file it came from (for messages). */
    record Request(MigrationFile.Refresh refresh, MigrationFile file) {
    }

    /** A view as it is to be refreshed: populated or not decides the statement. */
    record Planned(Request request, boolean populated) {

        boolean concurrently() {
            return populated && request.refresh().mode() == MigrationFile.RefreshMode.CONCURRENTLY;
        }

        String statement() {
            return "REFRESH MATERIALIZED VIEW " + (concurrently() ? "CONCURRENTLY " : "")
                    + request.refresh().qualified();
        }
    }

    private MaterializedViewRefresher() {
    }

    /**
     * The views {@code applied} name, once each, in the order first named; the mode is the last applied file's, as
     * that file describes the view as it now is.
     */
    static List<Request> requests(List<MigrationFile> applied) {
        Map<List<String>, Request> requests = new LinkedHashMap<>();
        for (MigrationFile file : applied) {
            for (MigrationFile.Refresh refresh : file.refreshes()) {
                List<String> key = List.of(refresh.schema(), refresh.name());
                Request request = new Request(refresh, file);
                if (requests.replace(key, request) == null) {
                    requests.put(key, request);
                }
            }
        }
        return List.copyOf(requests.values());
    }

    /**
     * Refreshes {@code requests} on {@code connection} (autocommit, no transaction open). {@code kind} and
     * {@code version} (the schema version now) are for the failure message.
     */
    static void refresh(Connection connection, List<Request> requests, ScriptKind kind, MigrationVersion version,
                        MigrationListener listener) throws SQLException {
        if (requests.isEmpty()) {
            return;
        }
        List<Planned> plan = plan(connection, requests, listener);
        for (int i = 0; i < plan.size(); i++) {
            Planned planned = plan.get(i);
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.setEscapeProcessing(false);
                statement.execute(planned.statement());
            } catch (SQLException e) {
                throw new PgcraftException(MigrateProblems.refreshFailed(kind, planned, ServerError.of(e),
                        plan.subList(i + 1, plan.size()), version), e);
            }
            listener.info(done(planned, ScriptRunner.millisSince(started)));
        }
    }

    /**
     * After a file failed: refreshes what the files applied before it name, as {@link #refresh} does — they stay
     * applied, and no later run refreshes for them, so a view they created {@code WITH NO DATA} would otherwise stay
     * unreadable. Never throws: the failed file's error is what the run reports; a refresh that fails too is told to
     * {@code listener}.
     */
    static void refreshAfterFailure(Connection connection, List<MigrationFile> applied, ScriptKind kind,
                                    MigrationVersion version, MigrationListener listener) {
        List<Request> requests = requests(applied);
        if (requests.isEmpty()) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            refresh(connection, requests, kind, version, listener);
        } catch (PgcraftException e) {
            e.problems().forEach(problem -> listener.info(problem.render()));
        } catch (SQLException e) {
            listener.info("Could not refresh the materialized views the files applied before the failure name: "
                    + ServerError.of(e).describe());
        }
    }

    private static String done(Planned planned, long millis) {
        MigrationFile.Refresh refresh = planned.request().refresh();
        String how = !planned.populated() ? " (it was not populated)"
                : planned.concurrently() ? " concurrently" : "";
        return "Refreshed materialized view " + refresh.displayName() + how + " in " + millis + " ms";
    }

    /** The views that exist, in dependency order; a line for each that does not. */
    static List<Planned> plan(Connection connection, List<Request> requests, MigrationListener listener)
            throws SQLException {
        Map<Integer, Boolean> populated = populated(connection, requests);
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (populated.containsKey(i)) {
                present.add(i);
            } else {
                MigrationFile.Refresh refresh = requests.get(i).refresh();
                listener.info("Skipped the refresh of materialized view " + refresh.displayName()
                        + ": there is no such materialized view any more (named by " + requests.get(i).file().script()
                        + ", dropped or replaced since)");
            }
        }
        List<Planned> plan = new ArrayList<>();
        for (int i : order(present, dependencies(connection, requests), requests)) {
            plan.add(new Planned(requests.get(i), populated.get(i)));
        }
        return plan;
    }

    /** Index in {@code requests} → whether that materialized view is populated, for those that exist. */
    private static Map<Integer, Boolean> populated(Connection connection, List<Request> requests)
            throws SQLException {
        Map<Integer, Boolean> populated = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT v.ord, c.relispopulated
                FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS v(schema, name, ord)
                JOIN pg_catalog.pg_namespace n ON n.nspname = v.schema
                JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = v.name AND c.relkind = 'm'
                """)) {
            bindNames(connection, statement, requests);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    populated.put(rows.getInt(1) - 1, rows.getBoolean(2));
                }
            }
        }
        return populated;
    }

    /**
     * Pairs (view, a view it reads) among the requested views, by index in {@code requests}: followed from each view's
     * rewrite rule to what the rule depends on, through plain views and unrequested materialized views alike.
     */
    private static List<int[]> dependencies(Connection connection, List<Request> requests) throws SQLException {
        List<int[]> edges = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                WITH RECURSIVE named AS (
                    SELECT c.oid, v.ord
                    FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS v(schema, name, ord)
                    JOIN pg_catalog.pg_namespace n ON n.nspname = v.schema
                    JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = v.name AND c.relkind = 'm'
                ), reach(start, rel) AS (
                    SELECT oid, oid FROM named
                    UNION
                    SELECT r.start, d.refobjid
                    FROM reach r
                    JOIN pg_catalog.pg_rewrite w ON w.ev_class = r.rel
                    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = w.oid
                        AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> r.rel
                )
                SELECT a.ord, b.ord
                FROM reach JOIN named a ON a.oid = reach.start JOIN named b ON b.oid = reach.rel
                WHERE reach.start <> reach.rel
                """)) {
            bindNames(connection, statement, requests);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    edges.add(new int[] {rows.getInt(1) - 1, rows.getInt(2) - 1});
                }
            }
        }
        return edges;
    }

    private static void bindNames(Connection connection, PreparedStatement statement, List<Request> requests)
            throws SQLException {
        Array schemas = connection.createArrayOf("text",
                requests.stream().map(request -> request.refresh().schema()).toArray());
        Array names = connection.createArrayOf("text",
                requests.stream().map(request -> request.refresh().name()).toArray());
        statement.setArray(1, schemas);
        statement.setArray(2, names);
    }

    /**
     * {@code present} sorted so that each view comes after those it reads; among views free to go, by quoted name,
     * so the order does not depend on the order of the files' lines. Views cannot form a cycle.
     */
    private static List<Integer> order(List<Integer> present, List<int[]> edges, List<Request> requests) {
        Map<Integer, Set<Integer>> needs = new HashMap<>();
        present.forEach(i -> needs.put(i, new TreeSet<>()));
        for (int[] edge : edges) {
            if (needs.containsKey(edge[0]) && needs.containsKey(edge[1])) {
                needs.get(edge[0]).add(edge[1]);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(
                Comparator.comparing((Integer i) -> requests.get(i).refresh().qualified()));
        needs.forEach((view, needed) -> {
            if (needed.isEmpty()) {
                ready.add(view);
            }
        });
        List<Integer> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            int next = ready.poll();
            ordered.add(next);
            needs.forEach((view, needed) -> {
                if (needed.remove(next) && needed.isEmpty()) {
                    ready.add(view);
                }
            });
        }
        return ordered;
    }
}
