package dev.pgcraft.mojo;

import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.verify.VerifyOptions;
import dev.pgcraft.verify.VerifyResult;
import dev.pgcraft.verify.Verifier;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;
import java.io.File;

/**
 * Checks that the migrations build exactly what the model says. Starts a throwaway embedded PostgreSQL, applies
 * every migration to one new database and the model, built from scratch, to another, and compares the two
 * catalogs (tables, columns, constraints, indexes, views, functions, triggers, policies, grants, comments). Fails
 * the build naming each object that differs: a hand-edited migration, or a model change not generated yet. The
 * server is stopped afterwards, also when the check fails. Needs no database of yours.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractEmbeddedMojo {

    /** The model file. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** The folder holding the migrations. */
    @Parameter(property = "pgcraft.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrations;

    /** The schema history table, {@code schema.table}; left out of the comparison. */
    @Parameter(property = "pgcraft.historyTable", defaultValue = "public.pgcraft_schema_history")
    String historyTable;

    @Inject
    public VerifyMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    void run() {
        VerifyOptions options = new VerifyOptions(config.toPath(), displayName(config), migrations.toPath(),
                displayName(migrations), historyTable);
        try (EmbeddedPostgresServer server = startEmbedded(0)) {
            getLog().info("Verifying on a throwaway embedded PostgreSQL " + server.serverVersion() + ".");
            VerifyResult result = new Verifier(getLog()::debug, registry()).verify(options, server.connectionSettings());
            result.throwIfDifferent();
            getLog().info(result.summary());
        }
    }

    @Override
    String goal() {
        return "verify";
    }
}
