package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.embedded.LazyServer;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.init.InitOptions;
import dev.pgcraft.init.LocalSchemas;
import dev.pgcraft.generate.Proof;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.prove.ProvingSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;
import java.io.File;

/**
 * Writes the next migration. Diffs the model in {@code pgcraft.xml} against the snapshot of the last generated
 * state and writes {@code V<n>__<description>.sql} together with the new snapshot; writes nothing when the model
 * has not changed. A model error fails the build before any file is written. Before writing, the migration is
 * proven on a throwaway embedded PostgreSQL (the model built from scratch, the existing migrations plus the new one
 * applied, the two catalogs compared), so SQL that PostgreSQL refuses is reported at its line in pgcraft.xml and a
 * migration that cannot run is never written.
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractEmbeddedMojo {

    /** The model file. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** The folder holding the migrations and the snapshot. */
    @Parameter(property = "pgcraft.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrations;

    /** A few words describing the change; they become the file name's description. */
    @Parameter(property = "pgcraft.message")
    String message;

    /** Allows changes that can lose data (dropping tables or columns, narrowing a type). */
    @Parameter(property = "pgcraft.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    /**
     * The {@code lock_timeout} generated migrations set, so a DDL statement stuck behind a long transaction fails
     * instead of blocking every query queued behind it (migrate can be run again). A duration such as
     * {@code 5s}, {@code 500ms} or {@code 2min}; {@code 0} generates files without it.
     */
    @Parameter(property = "pgcraft.lockTimeout", defaultValue = GenerateOptions.DEFAULT_LOCK_TIMEOUT)
    String lockTimeout;

    /** migrate's history table, {@code schema.table}: the model may not generate a table or view of that name. */
    @Parameter(property = "pgcraft.historyTable", defaultValue = HistoryTable.DEFAULT_NAME)
    String historyTable;

    /**
     * Proves the migration before writing it, on a throwaway embedded PostgreSQL of {@code pgcraft.embedded.version}
     * (the server {@code pgcraft:start} started in this build, if any; otherwise one started only when there is
     * something to write). {@code false} skips it: for machines without the embedded binaries, or a model whose SQL
     * uses objects made outside pgcraft.
     */
    @Parameter(property = "pgcraft.prove", defaultValue = "true")
    boolean prove;

    @Inject
    public GenerateMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    void run() {
        GenerateOptions options = new GenerateOptions(config.toPath(), displayName(config), migrations.toPath(),
                message, allowDestructive, "0".equals(lockTimeout) ? null : lockTimeout, historyTable);
        GenerateResult result;
        try (ProvingServer server = new ProvingServer();
             ProvingSession session = new ProvingSession(server::connectionSettings, getLog()::debug)) {
            Proof proof = prove ? session.prover() : Proof.NONE;
            ViewProbe views = prove ? session.views() : ViewProbe.NONE;
            result = new Generator(getLog()::debug, registry(), views).generate(options, proof);
        }
        LocalSchemas.staleWarning(config.toPath(), displayName(new File(config.getParentFile(), InitOptions.XSD_FOLDER)),
                getClass().getClassLoader()).ifPresent(getLog()::warn);
        if (!result.wroteSomething()) {
            getLog().info("Nothing to generate: " + displayName(config) + " matches the snapshot in "
                    + displayName(migrations) + ".");
            return;
        }
        getLog().info("Wrote " + displayName(result.migration().toFile()) + " (" + result.changes().size()
                + " changes), its undo file " + result.undo().toFile().getName() + " and "
                + displayName(result.snapshot().toFile()) + ".");
        result.summary().forEach(line -> getLog().info("  " + line));
    }

    @Override
    String goal() {
        return "generate";
    }

    /** The server proving runs on: one {@code pgcraft:start} left running, or one of its own, started on first use. */
    private final class ProvingServer implements AutoCloseable {

        private final LazyServer own = new LazyServer(this::startOwn);

        ConnectionSettings connectionSettings() {
            return EmbeddedServers.any().orElseGet(own::get).connectionSettings();
        }

        private EmbeddedPostgresServer startOwn() {
            EmbeddedPostgresServer started;
            try {
                started = startEmbedded(0);
            } catch (PgcraftException e) {
                Problem problem = e.problems().get(0);
                throw new PgcraftException(Problem.at(problem.location(), problem.code(), problem.message()
                        + " (generate proves each migration on an embedded PostgreSQL before writing it)",
                        problem.fix() + " Or run generate with -Dpgcraft.prove=false to write without proving."), e);
            }
            getLog().info("Proving the migration on a throwaway embedded PostgreSQL " + started.serverVersion() + ".");
            return started;
        }

        @Override
        public void close() {
            own.close();
        }
    }
}
