package dev.pgcraft.migrate;

import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.sql.SqlText;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.resolve.Resolver;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code pgcraft:clean}: drops what the model owns (its schemas with everything in them, what it put into
 * {@code public}, its roles) and the history table, so the next migrate starts from nothing. It is refused unless
 * {@code pgcraft.cleanDisabled=false}, and on any server but an embedded one this build started unless
 * {@code pgcraft.cleanNonEmbedded=true} as well; each refusal lists what it would have dropped. The drops run in one
 * transaction under the migrate lock: all of them or none.
 */
public final class Cleaner {

    private static final String PUBLIC = "public";

    private final Registry registry;

    /** With the built-in kinds and plugins. */
    public Cleaner() {
        this(Registry.builtin());
    }

    /** @param registry the kinds and plugins that build the model whose objects go */
    public Cleaner(Registry registry) {
        this.registry = registry;
    }

    /** Drops what {@code options} names, or refuses; returns the statements it ran. */
    public List<String> clean(CleanOptions options, MigrationListener listener) {
        SchemaState model = new Resolver(message -> { }, registry)
                .resolve(ConfigLoader.spec(options.config(), options.configDisplayName(), registry));
        HistoryTable history = HistoryTable.named(options.historyTable());
        List<String> drops = drops(model, history);
        String list = drops.stream().collect(Collectors.joining("\n    ", "\n    ", ""));
        if (options.disabled()) {
            throw new PgcraftException(Problem.of("PGC-CLEAN-DISABLED",
                    "clean is disabled (pgcraft.cleanDisabled is true, the default); on "
                            + options.connection().safeUrl() + " it would run:" + list,
                    "If every object above may go, data included, run again with -Dpgcraft.cleanDisabled=false."));
        }
        if (!options.embedded() && !options.allowNonEmbedded()) {
            throw new PgcraftException(Problem.of("PGC-CLEAN-NOT-EMBEDDED",
                    "clean refuses " + options.connection().safeUrl() + ": it is not an embedded server started "
                            + "by pgcraft:start in this build; it would run:" + list,
                    "If that database may lose all of the above, data included, add -Dpgcraft.cleanNonEmbedded=true."));
        }
        return LockedRun.run("clean", options.connection(), history, options.lockWaitTimeout(), listener,
                connection -> run(connection, drops, listener));
    }

    private static List<String> run(Connection connection, List<String> drops, MigrationListener listener)
            throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        drops.forEach(drop -> listener.info("Ran " + drop));
        listener.info("Cleaned: " + drops.size() + " statements, one transaction");
        return drops;
    }

    /**
     * The model's schemas dropped whole (CASCADE), except {@code public}, which the database keeps: there only the
     * model's own relations and functions go. Then the history table, then the roles, which nothing uses any more.
     */
    static List<String> drops(SchemaState model, HistoryTable history) {
        List<String> drops = new ArrayList<>();
        List<DbObject> objects = model.objects().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        for (DbObject object : objects) {
            if (object.id().kind() == ObjectKind.SCHEMA && !PUBLIC.equals(object.id().name())) {
                drops.add("DROP SCHEMA IF EXISTS " + SqlText.ident(object.id().name()) + " CASCADE");
            }
        }
        for (DbObject object : objects) {
            if (!PUBLIC.equals(object.id().schema())) {
                continue;
            }
            if (object instanceof View view) {
                drops.add("DROP " + (view.materialized() ? "MATERIALIZED VIEW" : "VIEW") + " IF EXISTS "
                        + SqlText.qualified(view.schema(), view.name()) + " CASCADE");
            } else if (object.id().kind() == ObjectKind.TABLE) {
                drops.add("DROP TABLE IF EXISTS " + SqlText.qualified(object.id().schema(), object.id().name())
                        + " CASCADE");
            } else if (object instanceof SqlFunction function) {
                drops.add("DROP FUNCTION IF EXISTS " + SqlText.qualified(function.schema(), function.name()) + "("
                        + String.join(", ", function.argumentTypes()) + ") CASCADE");
            }
        }
        drops.add("DROP TABLE IF EXISTS " + history.qualified());
        for (DbObject object : objects) {
            if (object instanceof Role role) {
                drops.add("DROP ROLE IF EXISTS " + SqlText.ident(role.name()));
            }
        }
        return drops;
    }
}
